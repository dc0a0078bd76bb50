package com.followup.domain.followup;

/** Through what a follow-up was done. */
public enum Channel {
    CALL,
    EMAIL,
    MEETING,
    VISIT,
    MESSAGE;

    /** Only calls and meetings have a length worth recording. */
    public boolean hasDuration() {
        return this == CALL || this == MEETING;
    }
}
