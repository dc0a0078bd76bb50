package com.followup.domain.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a follow-up slips, the area's manager hears about it once after the rule's escalation delay, and once more
 * as a reminder after the same delay again; never more for the same due moment.
 */
public enum Escalation {
    FIRST,
    REMINDER;

    public static Optional<Escalation> due(Instant dueAt, Duration escalateAfter, Instant now) {
        if (now.isBefore(dueAt.plus(escalateAfter))) {
            return Optional.empty();
        }
        return Optional.of(now.isBefore(dueAt.plus(escalateAfter.multipliedBy(2))) ? FIRST : REMINDER);
    }

    public String key(long itemId, Instant dueAt, long managerId) {
        return "escalation:" + itemId + ":" + dueAt + ":" + name() + ":" + managerId;
    }
}
