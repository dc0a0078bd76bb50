package com.followup.persistence.importing;

import com.followup.domain.Violation;
import com.followup.domain.importing.ImportBatch;
import com.followup.domain.importing.ImportBatches;
import com.followup.domain.importing.ImportStatus;
import com.followup.domain.importing.RowProblem;
import com.followup.persistence.JsonRows;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Uploaded files and their wrong rows in plain SQL; row keys are claimed a chunk at a time with one statement. */
@Repository
@Transactional(readOnly = true)
class JdbcImportBatches implements ImportBatches {

    private static final String COLUMNS = "id, kind, file_name, uploaded_by, uploaded_at, status, total_rows, valid_rows,"
            + " failed_rows, imported_rows, skipped_rows, imported_at, earlier_batch_id";

    private final JdbcClient jdbc;

    JdbcImportBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long add(NewBatch batch, List<RowProblem> problems) {
        Counts counts = batch.counts();
        long id = jdbc.sql("""
                        insert into import_batch (kind, file_name, sha256, content, uploaded_by, uploaded_at, status,
                                                  total_rows, valid_rows, failed_rows)
                        values (?, ?, ?, ?, ?, ?, 'PREVIEWED', ?, ?, ?) returning id""")
                .params(batch.kind(), batch.fileName(), batch.sha256(), batch.content(), batch.uploadedBy(),
                        SqlTimes.timestamp(batch.uploadedAt()), counts.totalRows(), counts.validRows(), counts.failedRows())
                .query(Long.class).single();
        insertProblems(id, problems);
        return id;
    }

    @Override
    public Optional<ImportBatch> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where id = ?").param(id)
                .query((rs, row) -> batch(rs)).optional();
    }

    @Override
    public byte[] content(long id) {
        return jdbc.sql("select content from import_batch where id = ?").param(id).query(byte[].class).single();
    }

    @Override
    public byte[] head(long id, int bytes) {
        return jdbc.sql("select substring(content from 1 for ?) from import_batch where id = ?").params(bytes, id)
                .query(byte[].class).single();
    }

    @Override
    public List<ImportBatch> latest(String kind, long uploadedBy, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where uploaded_by = ? and kind = ? order by id desc limit ?")
                .params(uploadedBy, kind, limit).query((rs, row) -> batch(rs)).list();
    }

    @Override
    public Optional<ImportBatch> imported(String kind, byte[] sha256) {
        return jdbc.sql("select " + COLUMNS + " from import_batch where kind = ? and sha256 = ? and status = 'IMPORTED'"
                        + " order by id limit 1")
                .params(kind, sha256).query((rs, row) -> batch(rs)).optional();
    }

    @Override
    @Transactional
    public boolean startImport(long id, Instant at) {
        return jdbc.sql("update import_batch set status = 'IMPORTED', imported_at = ? where id = ? and status = 'PREVIEWED'")
                .params(SqlTimes.timestamp(at), id).update() == 1;
    }

    @Override
    @Transactional
    public void markAlreadyImported(long id, long earlierBatchId) {
        jdbc.sql("update import_batch set status = 'ALREADY_IMPORTED', earlier_batch_id = ? where id = ?")
                .params(earlierBatchId, id).update();
    }

    @Override
    @Transactional
    public Set<RowKey> claim(String kind, long batchId, List<RowKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        byte[][] hashes = keys.stream().map(RowKey::hash).toArray(byte[][]::new);
        return new HashSet<>(jdbc.sql("""
                        insert into import_row_key (kind, row_key, batch_id)
                        select ?, key, ? from unnest(?::bytea[]) as key
                        on conflict do nothing returning row_key""")
                .params(kind, batchId, hashes).query((rs, row) -> new RowKey(rs.getBytes(1))).list());
    }

    @Override
    @Transactional
    public void finishImport(long id, Counts counts, List<RowProblem> problems) {
        jdbc.sql("""
                        update import_batch set total_rows = ?, valid_rows = ?, failed_rows = ?, imported_rows = ?,
                                                skipped_rows = ? where id = ?""")
                .params(counts.totalRows(), counts.validRows(), counts.failedRows(), counts.importedRows(),
                        counts.skippedRows(), id).update();
        jdbc.sql("delete from import_failed_row where batch_id = ?").param(id).update();
        insertProblems(id, problems);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(long id, int doneRows, Instant at) {
        jdbc.sql("""
                        insert into import_progress (batch_id, done_rows, updated_at) values (?, ?, ?)
                        on conflict (batch_id) do update set done_rows = excluded.done_rows, updated_at = excluded.updated_at""")
                .params(id, doneRows, SqlTimes.timestamp(at)).update();
    }

    @Override
    public Optional<Progress> progress(long id) {
        return jdbc.sql("select done_rows, updated_at from import_progress where batch_id = ?").param(id)
                .query((rs, row) -> new Progress(rs.getInt(1), SqlTimes.instant(rs, "updated_at"))).optional();
    }

    @Override
    public List<RowProblem> problems(long id, int limit) {
        Map<Integer, List<Violation>> violations = new LinkedHashMap<>();
        jdbc.sql("""
                        select row_number, column_key, message_key, args from import_row_problem
                        where batch_id = ? and row_number in (select row_number from import_failed_row where batch_id = ?
                                                              order by row_number limit ?)
                        order by row_number, position""")
                .params(id, id, limit).query(rs -> {
                    violations.computeIfAbsent(rs.getInt(1), row -> new ArrayList<>()).add(new Violation(rs.getString(2),
                            rs.getString(3), List.of((Object[]) (String[]) rs.getArray(4).getArray())));
                });
        return jdbc.sql("select row_number, cells from import_failed_row where batch_id = ? order by row_number limit ?")
                .params(id, limit).query((rs, row) -> new RowProblem(rs.getInt(1), List.of((String[]) rs.getArray(2).getArray()),
                        violations.getOrDefault(rs.getInt(1), List.of()))).list();
    }

    private void insertProblems(long id, List<RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> reasons = new ArrayList<>();
        for (RowProblem problem : problems) {
            rows.add(Map.of("batch_id", id, "row_number", problem.rowNumber(), "cells", problem.cells().toArray(String[]::new)));
            for (int i = 0; i < problem.violations().size(); i++) {
                Violation violation = problem.violations().get(i);
                reasons.add(Map.of("batch_id", id, "row_number", problem.rowNumber(), "position", i,
                        "column_key", violation.field(), "message_key", violation.messageKey(),
                        "args", violation.args().stream().map(String::valueOf).toArray(String[]::new)));
            }
        }
        jdbc.sql("insert into import_failed_row select * from json_populate_recordset(null::import_failed_row, ?::json)")
                .param(JsonRows.of(rows)).update();
        jdbc.sql("insert into import_row_problem select * from json_populate_recordset(null::import_row_problem, ?::json)")
                .param(JsonRows.of(reasons)).update();
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"), rs.getLong("uploaded_by"),
                SqlTimes.instant(rs, "uploaded_at"), ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("valid_rows"), rs.getInt("failed_rows"), rs.getInt("imported_rows"), rs.getInt("skipped_rows"),
                SqlTimes.instant(rs, "imported_at"), rs.getObject("earlier_batch_id") == null ? null : rs.getLong("earlier_batch_id"));
    }
}
