package com.followup.domain.lead;

import java.time.Instant;

/**
 * Whether a lead was answered within its response deadline: met (first touch by the deadline), missed (first touch
 * after it, or still untouched and open past it), pending (open, untouched, time left) or none (closed without a
 * touch, e.g. a duplicate disqualified at once). The share answered within the deadline is met of met and missed,
 * the same rule as {@link Lead#isBreached}.
 */
public enum DeadlineOutcome {
    MET,
    MISSED,
    PENDING,
    NONE;

    public static DeadlineOutcome of(Instant respondBy, Instant firstTouchAt, LeadStatus status, Instant now) {
        if (firstTouchAt != null) {
            return firstTouchAt.isAfter(respondBy) ? MISSED : MET;
        }
        if (!status.isOpen()) {
            return NONE;
        }
        return now.isAfter(respondBy) ? MISSED : PENDING;
    }

    public static DeadlineOutcome of(Lead lead, Instant now) {
        return of(lead.respondBy(), lead.firstTouchAt(), lead.status(), now);
    }

    /** Counted in the share answered within the deadline. */
    public boolean decided() {
        return this == MET || this == MISSED;
    }
}
