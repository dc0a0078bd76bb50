package com.followup.domain.importing;

import java.time.Instant;

/**
 * A file uploaded for import and what came of it: rows read, valid and failed at the last reading; imported, and
 * skipped because an earlier file had brought them already. {@code earlierBatchId} names the import of the same file.
 */
public record ImportBatch(long id, String kind, String fileName, long uploadedBy, Instant uploadedAt, ImportStatus status,
                          int totalRows, int validRows, int failedRows, int importedRows, int skippedRows,
                          Instant importedAt, Long earlierBatchId) {

    public static final int MAX_FILE_NAME = 255;

    public boolean awaitsConfirmation() {
        return status == ImportStatus.PREVIEWED;
    }
}
