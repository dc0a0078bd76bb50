package com.followup.domain.lead;

/** Why sales turned a lead down, so that marketing can see what it brings that sales rejects. */
public enum DisqualifyReason {
    WRONG_FIT,
    NO_BUDGET,
    DUPLICATE,
    UNREACHABLE,
    COMPETITOR,
    OTHER
}
