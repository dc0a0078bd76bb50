package com.followup.domain.rule;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of a rule: who saved it, when, what changed ("created", "archived", "restored"
 * or the names of the changed parts) and the parts as saved.
 */
public record RuleChange(long ruleVersion, String changedBy, Instant changedAt, List<String> changedParts,
                         RuleDraft parts, RuleStatus status) {

    public RuleChange {
        changedParts = List.copyOf(changedParts);
    }

    public String summary() {
        return String.join(", ", changedParts);
    }
}
