package com.followup.web.importing;

import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowProblem;
import com.followup.domain.importing.RowReading;
import com.followup.web.csv.SpreadsheetCsvReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A file read for one kind: its header matched to the kind's columns (columns it does not know are left out), then
 * each row made into a draft or a {@link RowProblem}, one at a time, so that a large file is never held as rows.
 */
final class ImportFile {

    private ImportFile() {
    }

    /** The kind's columns the header names, by key, with the header as written in the file. */
    static Map<String, String> matchedColumns(List<ImportColumn> columns, List<String> header) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (ImportColumn column : columns) {
            header.stream().filter(column::matches).findFirst().ifPresent(name -> matched.put(column.key(), name.strip()));
        }
        return matched;
    }

    /** Hands each row with what the kind made of it to {@code each}; refuses a file it cannot read or lacking columns. */
    static <D> void read(byte[] content, ImportKind<D> kind, ImportKind.Rows<D> rows,
                         BiConsumer<ImportRow, RowReading<D>> each, List<RowProblem> problems) throws ImportRefused {
        Map<String, Integer> positions = new HashMap<>();
        List<String> missing = new ArrayList<>();
        try {
            SpreadsheetCsvReader.read(content, header -> {
                for (ImportColumn column : kind.columns()) {
                    for (int i = 0; i < header.size(); i++) {
                        if (column.matches(header.get(i))) {
                            positions.putIfAbsent(column.key(), i);
                        }
                    }
                    if (column.required() && !positions.containsKey(column.key())) {
                        missing.add(column.key());
                    }
                }
                if (!missing.isEmpty()) {
                    throw new MissingColumns();
                }
            }, line -> {
                Map<String, String> cells = new HashMap<>();
                positions.forEach((key, position) -> cells.put(key, line.cells().get(position)));
                ImportRow row = new ImportRow(line.number(), cells);
                RowReading<D> reading = rows.read(row);
                if (reading instanceof RowReading.Invalid<D> invalid) {
                    problems.add(new RowProblem(line.number(), line.cells(), invalid.violations()));
                }
                each.accept(row, reading);
            });
        } catch (SpreadsheetCsvReader.Unreadable e) {
            throw new ImportRefused(e.messageKey(), e.row(), List.of());
        } catch (MissingColumns e) {
            throw new ImportRefused("import.file.columns", 1, missing);
        }
    }

    private static final class MissingColumns extends RuntimeException {
        MissingColumns() {
            super(null, null, false, false);
        }
    }
}
