package com.followup.domain.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * One column a kind of import reads: its key (message keys and problems name it), whether a row needs it, and the
 * headers it is known by in English and Spanish, matched without regard to case, accents, spaces or underscores.
 */
public record ImportColumn(String key, boolean required, List<String> headers) {

    public ImportColumn {
        headers = headers.stream().map(ImportColumn::normalized).toList();
    }

    public static ImportColumn required(String key, String... headers) {
        return new ImportColumn(key, true, List.of(headers));
    }

    public static ImportColumn optional(String key, String... headers) {
        return new ImportColumn(key, false, List.of(headers));
    }

    public boolean matches(String header) {
        return header != null && headers.contains(normalized(header));
    }

    /** "Fecha_de Vencimiento " and "fecha de vencimiento" are one header. */
    static String normalized(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", " ").strip();
    }
}
