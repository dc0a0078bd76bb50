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
        attempts.save("user:ana", new FailureRecord(1, first, null));
        attempts.save("user:ana", new FailureRecord(0, first, first.plusSeconds(900)));

        assertThat(attempts.find("user:ana")).contains(new FailureRecord(0, first, first.plusSeconds(900)));

        attempts.clear("user:ana");
        assertThat(attempts.find("user:ana")).isEmpty();
    }
}
