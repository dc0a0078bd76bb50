package com.followup.web.item;

import com.followup.domain.item.Item;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleChange;
import com.followup.domain.rule.RuleDraft;
import org.springframework.stereotype.Component;

/** Items keep following the rule as it was when they started, whatever revisions came later. */
@Component
class RuleAsStarted {

    private final FollowUpRules rules;

    RuleAsStarted(FollowUpRules rules) {
        this.rules = rules;
    }

    /** The same, without asking again when the rule at hand is the revision the item started under. */
    RuleDraft of(Item item, FollowUpRule current) {
        return current.id().equals(item.ruleId()) && current.version() == item.ruleRevision() ? current.parts() : of(item);
    }

    RuleDraft of(Item item) {
        return rules.history(item.ruleId()).stream()
                .filter(change -> change.ruleVersion() == item.ruleRevision())
                .map(RuleChange::parts).findFirst()
                .orElseGet(() -> rules.findById(item.ruleId()).orElseThrow().parts());
    }
}
