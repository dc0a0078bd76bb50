package com.followup.persistence.account;

import com.followup.domain.account.SignInAttempts;
import com.followup.domain.account.SignInThrottle.FailureRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.Optional;

@Repository
class JdbcSignInAttempts implements SignInAttempts {

    private final JdbcClient jdbc;

    JdbcSignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FailureRecord> find(String key) {
        return jdbc.sql("select failures, first_failure_at, locked_until from sign_in_failure where throttle_key = ?")
                .param(key)
                .query((rs, row) -> new FailureRecord(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    @Override
    public void save(String key, FailureRecord record) {
        jdbc.sql("""
                        insert into sign_in_failure (throttle_key, failures, first_failure_at, locked_until)
                        values (?, ?, ?, ?)
                        on conflict (throttle_key) do update
                        set failures = excluded.failures,
                            first_failure_at = excluded.first_failure_at,
                            locked_until = excluded.locked_until""")
                .params(key, record.failures(), Timestamp.from(record.firstFailureAt()),
                        record.lockedUntil() == null ? null : Timestamp.from(record.lockedUntil()))
                .update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(key).update();
    }
}
