package com.followup.domain.rule;

import com.followup.domain.area.Area;

import java.util.List;
import java.util.Optional;

/** Where rules and their history are kept. */
public interface FollowUpRules {

    /**
     * Stores the rule and records what changed in its history. Throws
     * {@link com.followup.domain.ConcurrentChangeException} when the rule changed since it was read.
     */
    default FollowUpRule save(FollowUpRule rule, String changedBy) {
        return save(rule, changedBy, rule.unsavedChanges());
    }

    FollowUpRule save(FollowUpRule rule, String changedBy, List<String> changedParts);

    Optional<FollowUpRule> findById(long id);

    List<FollowUpRule> findByArea(Area area, boolean includeArchived);

    List<FollowUpRule> findAll(boolean includeArchived);

    /** Newest first. */
    List<RuleChange> history(long ruleId);

    /**
     * The rule's parts as they were saved at {@code version}: items keep following the revision they started under.
     * A rule loaded from outside the app, without a history row, answers with its current parts.
     */
    RuleDraft revision(long ruleId, long version);
}
