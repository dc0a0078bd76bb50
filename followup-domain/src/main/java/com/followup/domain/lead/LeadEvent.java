package com.followup.domain.lead;

import java.time.Instant;
import java.util.List;

/**
 * One line of a lead's history; {@code who} is a user id, or null when Followup did it. {@code details} are data,
 * as each kind defines them, never words to be parsed back.
 */
public record LeadEvent(Kind kind, Long who, Instant when, List<String> details) {

    public LeadEvent {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** Each kind with its details. */
    public enum Kind {
        /** The source's name, then the {@link LeadChannel} it came by when known. */
        ARRIVED,
        /** The kind of the match (LEAD or PROSPECT) and its id. */
        MATCHED,
        /** The step that decided ({@link Assignment.Step}), the owner's user id, then each step passed over and why. */
        ASSIGNED,
        /** The channel, whether the person was reached (true or false), and the note when there is one. */
        TOUCHED,
        /** The status left and the status reached. */
        STATUS_CHANGED,
        /** When, and with whom. */
        MEETING_BOOKED,
        /** When, and with whom. */
        MEETING_HELD,
        /** When, and with whom. */
        MEETING_CANCELLED,
        /** The id of the Sales prospect it became. */
        QUALIFIED,
        /** The reason, and the note when there is one. */
        DISQUALIFIED,
        /** The user ids of the owner before and after, why, and {@link Lead#UNANSWERED} when Followup moved it. */
        REASSIGNED
    }
}
