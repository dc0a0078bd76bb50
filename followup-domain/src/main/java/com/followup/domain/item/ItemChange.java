package com.followup.domain.item;

import java.time.Instant;

/** One line of an item's timeline; {@code who} is a user id, or null when the system did it. */
public record ItemChange(Kind kind, Long who, Instant when, String detail) {

    public enum Kind {
        CREATED,
        FOLLOW_UP_DONE,
        STAGE_MOVED,
        REASSIGNED,
        CLOSED,
        REOPENED,
        FOLLOW_UP_EDITED,
        ADVANCE_RECEIVED,
        ESCALATED
    }
}
