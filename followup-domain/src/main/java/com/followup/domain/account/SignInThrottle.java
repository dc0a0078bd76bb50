package com.followup.domain.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins within {@code window},
 * the person (or the address they come from) is locked out for {@code lockout}.
 */
public final class SignInThrottle {

    private final SignInAttempts attempts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;

    public SignInThrottle(SignInAttempts attempts, Clock clock, int maxFailures, Duration window, Duration lockout) {
        if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
        this.attempts = attempts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
    }

    public boolean isLocked(String key) {
        Instant now = clock.instant();
        return attempts.find(key)
                .map(record -> record.lockedUntil() != null && now.isBefore(record.lockedUntil()))
                .orElse(false);
    }

    /** Counts a failure and tells whether this failure locked the key. */
    public boolean recordFailure(String key) {
        Instant now = clock.instant();
        FailureRecord previous = attempts.find(key).orElse(null);
        FailureRecord next;
        if (previous == null || now.isAfter(previous.firstFailureAt().plus(window))) {
            next = new FailureRecord(1, now, null);
        } else {
            next = new FailureRecord(previous.failures() + 1, previous.firstFailureAt(), previous.lockedUntil());
        }
        boolean locksNow = next.failures() >= maxFailures && (next.lockedUntil() == null || !now.isBefore(next.lockedUntil()));
        if (locksNow) {
            next = new FailureRecord(0, now, now.plus(lockout));
        }
        attempts.save(key, next);
        return locksNow;
    }

    public void recordSuccess(String key) {
        attempts.clear(key);
    }

    /** Failures counted since {@code firstFailureAt}; {@code lockedUntil} is null while not locked. */
    public record FailureRecord(int failures, Instant firstFailureAt, Instant lockedUntil) {
    }
}
