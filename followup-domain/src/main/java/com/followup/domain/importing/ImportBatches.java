package com.followup.domain.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Uploaded files, what is wrong with their rows, and the rows each kind has imported (by a hash of their cells). */
public interface ImportBatches {

    /** Keeps the file as previewed, with its counts and wrong rows; returns its id. */
    long add(NewBatch batch, List<RowProblem> problems);

    Optional<ImportBatch> findById(long id);

    byte[] content(long id);

    /** The first {@code bytes} of the file: enough for its header. */
    byte[] head(long id, int bytes);

    /** The person's latest files of a kind, newest first. */
    List<ImportBatch> latest(String kind, long uploadedBy, int limit);

    /** The import of a file with the same content, if there was one. */
    Optional<ImportBatch> imported(String kind, byte[] sha256);

    /**
     * Takes the batch from previewed to imported at {@code at}, or false when it is not awaiting confirmation any
     * more (a second confirmation waits for the first and gets false).
     */
    boolean startImport(long id, Instant at);

    /** Marks a previewed batch as the same file as an earlier import. */
    void markAlreadyImported(long id, long earlierBatchId);

    /** Records each row key for the batch; returns those no earlier row had claimed. */
    Set<RowKey> claim(String kind, long batchId, List<RowKey> keys);

    /** The counts of the import and its wrong rows as they were read at confirmation. */
    void finishImport(long id, Counts counts, List<RowProblem> problems);

    /**
     * Records that the confirmation of the batch has handled {@code doneRows} of its valid rows, at once and outside the
     * import's transaction, so that another request (on any instance) can say how far it is while it runs.
     */
    void progress(long id, int doneRows, Instant at);

    /** How far the confirmation of the batch has come, if one has started. */
    Optional<Progress> progress(long id);

    /** The first {@code limit} wrong rows, by row number. */
    List<RowProblem> problems(long id, int limit);

    record NewBatch(String kind, String fileName, byte[] sha256, byte[] content, long uploadedBy, Instant uploadedAt,
                    Counts counts) {
    }

    /** Valid rows handled so far by a confirmation (stored, or skipped as imported before), and when that was said. */
    record Progress(int doneRows, Instant at) {
    }

    record Counts(int totalRows, int validRows, int failedRows, int importedRows, int skippedRows) {
    }

    /** The SHA-256 of a row's cells. */
    record RowKey(byte[] hash) {
        @Override
        public boolean equals(Object other) {
            return other instanceof RowKey key && java.util.Arrays.equals(hash, key.hash);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(hash);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(hash);
        }
    }
}
