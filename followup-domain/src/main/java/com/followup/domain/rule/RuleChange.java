package com.followup.domain.rule;

import java.time.Instant;
import java.util.List;

/** One stored revision of a rule: who saved it, when, which parts changed, and the parts as saved. */
public record RuleChange(long revision, String changedBy, Instant changedAt, List<String> changedParts,
                         RuleDraft parts, RuleStatus status) {
}
