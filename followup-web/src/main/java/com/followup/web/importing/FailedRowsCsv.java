package com.followup.web.importing;

import com.followup.domain.Violation;
import com.followup.domain.importing.ImportBatch;
import com.followup.domain.importing.RowProblem;
import com.followup.web.csv.SpreadsheetCsv;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rows that could not be imported, as they were in the file (same header), with their row number and what is
 * wrong in the reader's language in two more columns: fix them in the spreadsheet and upload that file again.
 */
@Component
class FailedRowsCsv {

    private final MessageSource messages;

    FailedRowsCsv(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<String> download(ImportBatch batch, List<String> header, List<RowProblem> problems, ImportKind<?> kind,
                                    Locale locale) {
        SpreadsheetCsv csv = new SpreadsheetCsv();
        List<Object> first = new ArrayList<>(header);
        first.add(messages.getMessage("import.failed.row", null, locale));
        first.add(messages.getMessage("import.failed.problems", null, locale));
        csv.row(first.toArray());
        for (RowProblem problem : problems) {
            List<Object> cells = new ArrayList<>(problem.cells());
            cells.add(problem.rowNumber());
            cells.add(problem.violations().stream().map(violation -> words(kind, violation, locale))
                    .collect(Collectors.joining("; ")));
            csv.row(cells.toArray());
        }
        String name = batch.fileName().replaceAll("(?i)\\.csv$", "");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-failed-rows.csv", StandardCharsets.UTF_8).build().toString())
                .body(csv.toString());
    }

    private String words(ImportKind<?> kind, Violation violation, Locale locale) {
        String column = messages.getMessage("import." + kind.name() + ".column." + violation.field(), null,
                violation.field(), locale);
        return column + ": " + messages.getMessage(violation.messageKey(), violation.args().toArray(), locale);
    }
}
