package com.followup.persistence.account;

import com.followup.domain.account.SignInAttempts;
import com.followup.domain.account.SignInThrottle.FailureRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@Repository
class JdbcSignInAttempts implements SignInAttempts {

    private final JdbcClient jdbc;

    JdbcSignInAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FailureRecord> find(String key) {
        return jdbc.sql("select failures, first_failure_at, locked_until, locks from sign_in_failure where throttle_key = ?")
                .param(key)
                .query((rs, row) -> new FailureRecord(
                        rs.getInt(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)))
                .optional();
    }

    @Override
    public void save(String key, FailureRecord record) {
        jdbc.sql("""
                        insert into sign_in_failure (throttle_key, failures, first_failure_at, locked_until, locks)
                        values (?, ?, ?, ?, ?)
                        on conflict (throttle_key) do update
                        set failures = excluded.failures,
                            first_failure_at = excluded.first_failure_at,
                            locked_until = excluded.locked_until,
                            locks = excluded.locks""")
                .params(key, record.failures(), Timestamp.from(record.firstFailureAt()),
                        record.lockedUntil() == null ? null : Timestamp.from(record.lockedUntil()), record.locks())
                .update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where throttle_key = ?").param(key).update();
    }

    @Override
    public Optional<Instant> lastSignIn(String username, String address) {
        return jdbc.sql("select last_sign_in_at from sign_in_known_address where username = ? and address = ?")
                .params(username, address)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    @Override
    public void rememberSignIn(String username, String address, Instant at) {
        jdbc.sql("""
                        insert into sign_in_known_address (username, address, last_sign_in_at) values (?, ?, ?)
                        on conflict (username, address) do update set last_sign_in_at = excluded.last_sign_in_at""")
                .params(username, address, Timestamp.from(at))
                .update();
    }
}
