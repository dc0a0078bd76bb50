package com.followup.domain.followup;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface FollowUps {

    /** False when a follow-up with the same request id was already recorded: a resubmitted form. */
    boolean record(FollowUp followUp);

    boolean isRecorded(UUID requestId);

    /** Stores a corrected follow-up and what it said before. */
    void correct(FollowUp.Correction correction);

    /** Oldest first. */
    List<FollowUp> findByItem(long itemId);

    /** How the item was last followed up, if it ever was. */
    Optional<Channel> lastChannel(long itemId);
}
