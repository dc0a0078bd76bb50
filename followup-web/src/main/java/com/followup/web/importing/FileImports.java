package com.followup.web.importing;

import com.followup.domain.importing.ImportBatch;
import com.followup.domain.importing.ImportBatches;
import com.followup.domain.importing.ImportBatches.Counts;
import com.followup.domain.importing.ImportBatches.RowKey;
import com.followup.domain.importing.RowProblem;
import com.followup.domain.importing.RowReading;
import com.followup.web.account.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Upload, preview and confirmation of a file of any kind. The upload keeps the file and what is wrong with each row;
 * the confirmation reads it again (rules and people may have changed since) and stores the valid rows an earlier file
 * did not bring, a chunk at a time, in one transaction: all of them or, on a failure, none. After each chunk it says
 * how many valid rows it has handled ({@link ImportBatches#progress(long, int, java.time.Instant)}, written outside
 * that transaction), so that the page can show how far it is.
 */
@Service
class FileImports {

    static final int CHUNK = 1000;

    private final ImportBatches batches;
    private final Clock clock;
    private final DataSize largest;

    FileImports(ImportBatches batches, Clock clock, @Value("${followup.import.max-file-size:20MB}") DataSize largest) {
        this.batches = batches;
        this.clock = clock;
        this.largest = largest;
    }

    DataSize largest() {
        return largest;
    }

    /** Keeps the file and what each row holds; a file refused whole keeps nothing. */
    @Transactional(rollbackFor = ImportRefused.class)
    <D> long upload(ImportKind<D> kind, MultipartFile file, SignedInUser me) throws ImportRefused {
        if (file == null || file.isEmpty()) {
            throw new ImportRefused(file == null ? "import.file.choose" : "import.file.empty");
        }
        if (file.getSize() > largest.toBytes()) {
            throw new ImportRefused("import.file.tooLarge");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new ImportRefused("import.file.broken");
        }
        byte[] sha256 = sha256(content);
        List<RowProblem> problems = new ArrayList<>();
        int[] valid = {0};
        String fileName = fileName(file.getOriginalFilename());
        ImportFile.read(content, kind, kind.rows(me, fileName), (row, reading) -> {
            if (reading instanceof RowReading.Valid<D>) {
                valid[0]++;
            }
        }, problems);
        long id = batches.add(new ImportBatches.NewBatch(kind.name(), fileName, sha256, content, me.id(), clock.instant(),
                new Counts(valid[0] + problems.size(), valid[0], problems.size(), 0, 0)), problems);
        batches.imported(kind.name(), sha256).ifPresent(earlier -> batches.markAlreadyImported(id, earlier.id()));
        return id;
    }

    /**
     * Imports the valid rows of a previewed file once: a second confirmation, or a file whose content was imported
     * before, imports nothing. Returns the batch as it now stands.
     */
    @Transactional(rollbackFor = ImportRefused.class)
    <D> ImportBatch confirm(ImportKind<D> kind, ImportBatch batch, SignedInUser me) throws ImportRefused {
        byte[] content = batches.content(batch.id());
        var earlier = batches.imported(kind.name(), sha256(content));
        if (earlier.isPresent() && earlier.get().id() != batch.id()) {
            if (batch.awaitsConfirmation()) {
                batches.markAlreadyImported(batch.id(), earlier.get().id());
            }
            return batches.findById(batch.id()).orElseThrow();
        }
        if (!batches.startImport(batch.id(), clock.instant())) {
            return batches.findById(batch.id()).orElseThrow();
        }
        batches.progress(batch.id(), 0, clock.instant());
        List<RowProblem> problems = new ArrayList<>();
        Chunk<D> chunk = new Chunk<>(kind, batch.id());
        ImportFile.read(content, kind, kind.rows(me, batch.fileName()), (row, reading) -> {
            if (reading instanceof RowReading.Valid<D> valid) {
                chunk.add(row.key(), valid.draft());
            }
        }, problems);
        chunk.store();
        batches.finishImport(batch.id(), new Counts(chunk.valid + problems.size(), chunk.valid, problems.size(),
                chunk.imported, chunk.valid - chunk.imported), problems);
        return batches.findById(batch.id()).orElseThrow();
    }

    /** Valid rows gathered until there are enough to claim their keys and store them with a few statements. */
    private final class Chunk<D> {
        private final ImportKind<D> kind;
        private final long batchId;
        private final List<RowKey> keys = new ArrayList<>();
        private final List<D> drafts = new ArrayList<>();
        private int valid;
        private int imported;

        Chunk(ImportKind<D> kind, long batchId) {
            this.kind = kind;
            this.batchId = batchId;
        }

        void add(RowKey key, D draft) {
            keys.add(key);
            drafts.add(draft);
            valid++;
            if (keys.size() == CHUNK) {
                store();
            }
        }

        void store() {
            Set<RowKey> claimed = new java.util.HashSet<>(batches.claim(kind.name(), batchId, keys));
            List<D> fresh = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (claimed.remove(keys.get(i))) {
                    fresh.add(drafts.get(i));
                }
            }
            kind.store(fresh);
            imported += fresh.size();
            if (!keys.isEmpty()) {
                batches.progress(batchId, valid, clock.instant());
            }
            keys.clear();
            drafts.clear();
        }
    }

    /** The name as the person's computer had it, without folders or characters no name needs. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "file.csv";
        }
        return name.length() > ImportBatch.MAX_FILE_NAME ? name.substring(0, ImportBatch.MAX_FILE_NAME) : name;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
