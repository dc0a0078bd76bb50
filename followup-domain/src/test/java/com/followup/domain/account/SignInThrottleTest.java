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
    private final SignInThrottle throttle = new SignInThrottle(attempts, clock, new SignInThrottle.Limits(
            5, 20, 20, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(90)));

    @Test
    void five_wrong_passwords_lock_that_name_from_that_address_only() {
        fail("sofia", "203.0.113.9", 4);
        assertThat(throttle.allows("sofia", "203.0.113.9")).isTrue();

        assertThat(throttle.recordFailure("sofia", "203.0.113.9")).containsExactly("pair:sofia|203.0.113.9");

        assertThat(throttle.allows("sofia", "203.0.113.9")).isFalse();
        assertThat(throttle.allows("SOFIA ", "203.0.113.9")).as("names ignore case").isFalse();
        assertThat(throttle.allows("sofia", "10.0.0.5")).as("sofia at her desk").isTrue();
        assertThat(throttle.allows("mateo", "203.0.113.9")).isTrue();
    }

    @Test
    void a_stranger_from_many_addresses_cannot_lock_the_person_out_of_her_usual_address() {
        throttle.recordSuccess("sofia", "10.0.0.5");
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("sofia", "198.51.100." + i);
        }

        assertThat(throttle.allows("sofia", "198.51.100.200")).as("any other address is refused").isFalse();
        assertThat(throttle.allows("sofia", "10.0.0.5")).as("her usual address").isTrue();
    }

    @Test
    void an_address_trying_many_names_is_refused_for_names_it_never_signed_in_with() {
        throttle.recordSuccess("mateo", "198.51.100.7");
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("person" + i, "198.51.100.7");
        }

        assertThat(throttle.allows("lucia", "198.51.100.7")).isFalse();
        assertThat(throttle.allows("mateo", "198.51.100.7")).as("an office colleague behind the same address").isTrue();
    }

    @Test
    void an_address_once_the_persons_own_stops_counting_as_known_after_the_allowance() {
        throttle.recordSuccess("sofia", "10.0.0.5");
        clock.advance(Duration.ofDays(91));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("sofia", "198.51.100." + i);
        }

        assertThat(throttle.allows("sofia", "10.0.0.5")).isFalse();
    }

    @Test
    void each_lock_lasts_twice_the_one_before_up_to_the_longest() {
        fail("sofia", "203.0.113.9", 5);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.allows("sofia", "203.0.113.9")).isTrue();

        fail("sofia", "203.0.113.9", 5);
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.allows("sofia", "203.0.113.9")).as("second lock: 30 minutes").isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.allows("sofia", "203.0.113.9")).isTrue();

        for (int lock = 3; lock <= 10; lock++) {
            fail("sofia", "203.0.113.9", 5);
            clock.advance(Duration.ofHours(24).plusSeconds(1));
        }
        assertThat(attempts.find("pair:sofia|203.0.113.9").orElseThrow().lockedUntil())
                .isEqualTo(clock.instant().minusSeconds(1));
    }

    @Test
    void failures_spread_wider_than_the_window_never_lock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("sofia", "203.0.113.9");
            clock.advance(Duration.ofMinutes(8));
        }
        assertThat(throttle.allows("sofia", "203.0.113.9")).isTrue();
    }

    @Test
    void a_success_forgets_the_failures_of_that_name_from_that_address() {
        fail("sofia", "203.0.113.9", 4);

        throttle.recordSuccess("sofia", "203.0.113.9");
        throttle.recordFailure("sofia", "203.0.113.9");

        assertThat(throttle.allows("sofia", "203.0.113.9")).isTrue();
        assertThat(attempts.find("pair:sofia|203.0.113.9")).map(SignInThrottle.FailureRecord::failures).contains(1);
    }

    @Test
    void ipv6_addresses_of_one_network_count_together() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("sofia", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }

        assertThat(throttle.allows("sofia", "2001:db8:1:2:ffff::9")).isFalse();
        assertThat(throttle.allows("sofia", "2001:db8:1:3::1")).isTrue();
    }

    @Test
    void a_name_no_account_could_have_is_counted_under_a_key_any_index_stores() {
        throttle.recordFailure("sofia\u0000" + "x".repeat(10_000), "203.0.113.9");

        assertThat(attempts.records.keySet()).contains("pair:sofia?" + "x".repeat(94) + "|203.0.113.9");
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    private static final class InMemoryAttempts implements SignInAttempts {
        private final Map<String, SignInThrottle.FailureRecord> records = new HashMap<>();
        private final Map<String, Instant> signIns = new HashMap<>();

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

        @Override
        public Optional<Instant> lastSignIn(String username, String address) {
            return Optional.ofNullable(signIns.get(username + "|" + address));
        }

        @Override
        public void rememberSignIn(String username, String address, Instant at) {
            signIns.put(username + "|" + address, at);
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
