package com.followup.persistence.account;

import com.followup.domain.account.SignInAttempts;
import com.followup.domain.account.SignInThrottle.FailureRecord;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class JdbcSignInAttemptsTest {

    @Autowired
    SignInAttempts attempts;

    @Test
    void a_failure_record_is_stored_replaced_and_cleared() {
        Instant first = Instant.parse("2026-01-05T10:00:00Z");
        String key = "pair:ana|" + "x".repeat(300);
        attempts.save(key, new FailureRecord(1, first, null, 0));
        attempts.save(key, new FailureRecord(0, first, first.plusSeconds(900), 2));

        assertThat(attempts.find(key)).contains(new FailureRecord(0, first, first.plusSeconds(900), 2));

        attempts.clear(key);
        assertThat(attempts.find(key)).isEmpty();
    }

    @Test
    void the_last_sign_in_from_an_address_is_remembered_per_person() {
        Instant monday = Instant.parse("2026-01-05T10:00:00Z");
        attempts.rememberSignIn("ana", "10.0.0.5", monday);
        attempts.rememberSignIn("ana", "10.0.0.5", monday.plusSeconds(60));

        assertThat(attempts.lastSignIn("ana", "10.0.0.5")).contains(monday.plusSeconds(60));
        assertThat(attempts.lastSignIn("ana", "10.0.0.6")).isEmpty();
        assertThat(attempts.lastSignIn("bob", "10.0.0.5")).isEmpty();
    }
}
