package com.followup.domain.notice;

import java.time.Duration;
import java.time.Instant;

/**
 * Rules that allow minutes or hours (a new lead to be called quickly) tell the owner when the item opens and again
 * shortly before it is late: a fifth of the time allowed before the deadline, but at least five minutes.
 */
public final class FastRuleNotice {

    public static final Duration SLOWEST = Duration.ofHours(24);
    private static final Duration LEAST_WARNING = Duration.ofMinutes(5);

    private FastRuleNotice() {
    }

    /** A rule is fast when its whole time allowed is a day or less. */
    public static boolean isFast(Instant startedAt, Instant deadline) {
        return Duration.between(startedAt, deadline).compareTo(SLOWEST) <= 0;
    }

    public static Instant warnAt(Instant startedAt, Instant deadline) {
        Duration ahead = Duration.between(startedAt, deadline).dividedBy(5);
        return deadline.minus(ahead.compareTo(LEAST_WARNING) < 0 ? LEAST_WARNING : ahead);
    }

    public static String openedKey(long itemId) {
        return "fast-opened:" + itemId;
    }

    public static String warningKey(long itemId) {
        return "fast-warning:" + itemId;
    }
}
