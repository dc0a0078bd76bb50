package com.followup.domain.importing;

import com.followup.domain.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of a file, its cells by column key; {@code number} is the row as a spreadsheet numbers it (the header is
 * row 1). Cells are read as text first, so what a row holds is checked the way a form's fields are.
 */
public record ImportRow(int number, Map<String, String> cells) {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /**
     * The row's identity across files: a hash of its cells by column, compared without case or surrounding spaces,
     * so that a file overlapping an earlier one brings only its new rows.
     */
    public ImportBatches.RowKey key() {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(cells).forEach((column, cell) -> canonical.append(column).append('\u001f')
                .append(cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT)).append('\u001e'));
        try {
            return new ImportBatches.RowKey(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The cell, stripped; empty when the column is absent or the cell blank. */
    public String text(String column) {
        String cell = cells.get(column);
        return cell == null ? "" : cell.strip();
    }

    public boolean isBlank(String column) {
        return text(column).isEmpty();
    }

    /** An ISO date (2026-12-31) or day/month/year (31/12/2026), or null: blank, or with the violation when wrong. */
    public LocalDate date(String column, List<Violation> violations) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            Matcher dmy = DAY_MONTH_YEAR.matcher(text);
            LocalDate date = dmy.matches()
                    ? LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)))
                    : LocalDate.parse(text);
            if (date.getYear() >= 2000 && date.getYear() <= 2100) {
                return date;
            }
        } catch (DateTimeException e) {
            // said below, as for any other text that is not a date
        }
        violations.add(new Violation(column, "import.cell.date"));
        return null;
    }

    /** A whole number from {@code min} to {@code max}, or null: blank, or with the violation when wrong. */
    public Integer whole(String column, int min, int max, List<Violation> violations) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        if (WHOLE.matcher(text).matches()) {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        }
        violations.add(new Violation(column, "import.cell.whole", List.of(min, max)));
        return null;
    }
}
