package com.followup.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryAttempts attempts = new InMemoryAttempts();
    private final SignInThrottle throttle =
            new SignInThrottle(attempts, clock, 3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void locks_a_key_on_the_failure_that_reaches_the_limit() {
        assertThat(throttle.recordFailure("user:ana")).isFalse();
        assertThat(throttle.recordFailure("user:ana")).isFalse();
        assertThat(throttle.isLocked("user:ana")).isFalse();

        assertThat(throttle.recordFailure("user:ana")).isTrue();

        assertThat(throttle.isLocked("user:ana")).isTrue();
        assertThat(throttle.isLocked("user:bob")).isFalse();
    }

    @Test
    void a_lock_ends_after_the_lockout() {
        failTimes("user:ana", 3);
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("user:ana")).isTrue();

        clock.advance(Duration.ofMinutes(2));

        assertThat(throttle.isLocked("user:ana")).isFalse();
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("address:10.0.0.7");
            clock.advance(Duration.ofMinutes(8));
        }
        assertThat(throttle.isLocked("address:10.0.0.7")).isFalse();
    }

    @Test
    void a_success_forgets_earlier_failures() {
        failTimes("user:ana", 2);

        throttle.recordSuccess("user:ana");
        throttle.recordFailure("user:ana");

        assertThat(throttle.isLocked("user:ana")).isFalse();
        assertThat(attempts.find("user:ana")).map(SignInThrottle.FailureRecord::failures).contains(1);
    }

    private void failTimes(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(key);
        }
    }

    private static final class InMemoryAttempts implements SignInAttempts {
        private final Map<String, SignInThrottle.FailureRecord> records = new HashMap<>();

        @Override
        public Optional<SignInThrottle.FailureRecord> find(String key) {
            return Optional.ofNullable(records.get(key));
        }

        @Override
        public void save(String key, SignInThrottle.FailureRecord record) {
            records.put(key, record);
        }

        @Override
        public void clear(String key) {
            records.remove(key);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
