package com.followup.domain.item;

import java.time.Instant;
import java.util.List;

/**
 * One line of an item's timeline; {@code who} is a user id, or null when the system did it. {@code details} are
 * data, as each kind defines them, never words to be parsed back.
 */
public record ItemChange(Kind kind, Long who, Instant when, List<String> details) {

    public ItemChange {
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** Each kind with its details. */
    public enum Kind {
        /** The title. */
        CREATED,
        /** The channel and the result. */
        FOLLOW_UP_DONE,
        /** The stage left and the stage reached. */
        STAGE_MOVED,
        /** The user ids of the owner before and after. */
        REASSIGNED,
        /** The outcome's code and what it says ({@link ItemOutcome#describe()}). */
        CLOSED,
        /** The day it had been postponed until. */
        REOPENED,
        /** What the result said before. */
        FOLLOW_UP_EDITED,
        ADVANCE_RECEIVED,
        /** Part of an invoice collected: the amount, its currency and the balance still owed. */
        COLLECTED_IN_PART,
        ESCALATED,
        /** The name of the file it came from. */
        IMPORTED,
        /** The day the follow-up was due, the day it was moved to, and the reason. */
        RESCHEDULED,
        /** A service item moved to its customer's segment of today: the segment and its rhythm in days. */
        RHYTHM_CHANGED
    }
}
