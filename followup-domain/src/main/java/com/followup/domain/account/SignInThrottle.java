package com.followup.domain.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Makes password guessing hopeless without letting a stranger lock a colleague out (OWASP Authentication and
 * Credential Stuffing cheat sheets). Failures are counted per user name from one address, per address and per
 * user name from everywhere; each count that reaches its limit within the window locks for {@code lockout},
 * doubled with every lock after the first up to {@code longestLockout}. A lock on the address or on the name
 * does not stop a person at an address they signed in from within {@code knownFor}: there only their own
 * count from that address applies.
 */
public final class SignInThrottle {

    private final SignInAttempts attempts;
    private final Clock clock;
    private final Limits limits;

    public SignInThrottle(SignInAttempts attempts, Clock clock, Limits limits) {
        this.attempts = attempts;
        this.clock = clock;
        this.limits = limits;
    }

    /** Whether a password for {@code username} may be checked now when it comes from {@code address}. */
    public boolean allows(String username, String address) {
        Keys keys = new Keys(username, address);
        Instant now = clock.instant();
        if (isLocked(keys.pair(), now)) {
            return false;
        }
        if (!isLocked(keys.address(), now) && !isLocked(keys.name(), now)) {
            return true;
        }
        return attempts.lastSignIn(keys.username(), keys.addressGroup())
                .filter(at -> at.isAfter(now.minus(limits.knownFor())))
                .isPresent();
    }

    /** Counts a wrong password and answers the keys it locked, for the log. */
    public List<String> recordFailure(String username, String address) {
        Keys keys = new Keys(username, address);
        Instant now = clock.instant();
        List<String> locked = new ArrayList<>();
        count(keys.pair(), limits.perNameFromAddress(), now, locked);
        count(keys.address(), limits.perAddress(), now, locked);
        count(keys.name(), limits.perName(), now, locked);
        return List.copyOf(locked);
    }

    /** Forgets the failures of this name from this address and remembers the address as the person's own. */
    public void recordSuccess(String username, String address) {
        Keys keys = new Keys(username, address);
        attempts.clear(keys.pair());
        attempts.rememberSignIn(keys.username(), keys.addressGroup(), clock.instant());
    }

    private boolean isLocked(String key, Instant now) {
        return attempts.find(key).map(record -> record.isLockedAt(now)).orElse(false);
    }

    private void count(String key, int limit, Instant now, List<String> locked) {
        FailureRecord previous = attempts.find(key).orElse(null);
        FailureRecord next;
        if (previous == null) {
            next = new FailureRecord(1, now, null, 0);
        } else {
            // a quiet spell as long as the longest lockout forgives the locks before it
            int locks = previous.lockedUntil() != null && now.isAfter(previous.lockedUntil().plus(limits.longestLockout()))
                    ? 0 : previous.locks();
            boolean windowOver = now.isAfter(previous.firstFailureAt().plus(limits.window()));
            next = new FailureRecord(windowOver ? 1 : previous.failures() + 1, windowOver ? now : previous.firstFailureAt(),
                    previous.lockedUntil(), locks);
        }
        if (next.failures() >= limit && !next.isLockedAt(now)) {
            next = new FailureRecord(0, now, now.plus(lockoutAfter(next.locks())), next.locks() + 1);
            locked.add(key);
        }
        attempts.save(key, next);
    }

    private Duration lockoutAfter(int earlierLocks) {
        Duration lockout = limits.lockout();
        for (int i = 0; i < earlierLocks && lockout.compareTo(limits.longestLockout()) < 0; i++) {
            lockout = lockout.multipliedBy(2);
        }
        return lockout.compareTo(limits.longestLockout()) > 0 ? limits.longestLockout() : lockout;
    }

    /**
     * Failures allowed within {@code window}: per user name from one address, per address (any names), per user
     * name (any addresses); the first lockout and the longest; how long an address stays a person's own.
     */
    public record Limits(int perNameFromAddress, int perAddress, int perName, Duration window, Duration lockout,
                         Duration longestLockout, Duration knownFor) {
        public Limits {
            if (perNameFromAddress < 1 || perAddress < 1 || perName < 1) {
                throw new IllegalArgumentException("sign-in failure limits must be at least 1");
            }
            if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero() || longestLockout.compareTo(lockout) < 0 || knownFor.isNegative()) {
                throw new IllegalArgumentException("sign-in durations must be positive, the longest lockout at least the first");
            }
        }
    }

    /** Failures counted since {@code firstFailureAt}; {@code lockedUntil} is null until a first lock; {@code locks} so far. */
    public record FailureRecord(int failures, Instant firstFailureAt, Instant lockedUntil, int locks) {
        boolean isLockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    /**
     * The keys of one attempt: user names ignore case, and whatever was typed is cut to a length and characters any
     * index stores (no account has a longer name or control characters); IPv6 addresses count by their /64 network,
     * which one host usually holds whole.
     */
    private record Keys(String username, String addressGroup) {
        private static final int LONGEST_NAME = 100;

        Keys {
            username = Objects.requireNonNullElse(username, "").strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
            username = username.length() > LONGEST_NAME ? username.substring(0, LONGEST_NAME) : username;
            addressGroup = group(Objects.requireNonNullElse(addressGroup, "unknown"));
        }

        String pair() { return "pair:" + username + "|" + addressGroup; }
        String address() { return "address:" + addressGroup; }
        String name() { return "user:" + username; }

        private static String group(String address) {
            if (!address.contains(":") || !address.matches("[0-9A-Fa-f:.%a-zA-Z]+")) {
                return address;
            }
            try {
                byte[] bytes = InetAddress.getByName(address.replaceFirst("%.*$", "")).getAddress();
                return bytes.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64" : address;
            } catch (UnknownHostException e) {
                return address;
            }
        }
    }
}
