package com.followup.domain.item;

import java.util.List;

public interface FollowUps {

    /** False when a follow-up with the same request id was already recorded: a resubmitted form. */
    boolean record(FollowUp followUp);

    /** Stores a corrected follow-up and what it said before. */
    void correct(FollowUp.Correction correction);

    /** Oldest first. */
    List<FollowUp> findByItem(long itemId);
}
