package com.followup.web.item;

import com.followup.domain.item.Item;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleChange;
import com.followup.domain.rule.RuleDraft;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Items keep following the rule as it was when they started, whatever revisions came later. A rule's parts at one
 * version never change (every edit makes a new version), so each instance keeps the revisions it read.
 */
@Component
class RuleAsStarted {

    private record Revision(long ruleId, long version) {
    }

    private final FollowUpRules rules;
    private final Cache<Revision, RuleDraft> revisions = Caffeine.newBuilder().maximumSize(1_000).build();

    RuleAsStarted(FollowUpRules rules) {
        this.rules = rules;
    }

    /** The same, without asking again when the rule at hand is the revision the item started under. */
    RuleDraft of(Item item, FollowUpRule current) {
        return current.id().equals(item.ruleId()) && current.version() == item.ruleRevision() ? current.parts() : of(item);
    }

    RuleDraft of(Item item) {
        Revision revision = new Revision(item.ruleId(), item.ruleRevision());
        RuleDraft known = revisions.getIfPresent(revision);
        if (known != null) {
            return known;
        }
        Optional<RuleDraft> kept = rules.history(item.ruleId()).stream()
                .filter(change -> change.ruleVersion() == item.ruleRevision())
                .map(RuleChange::parts).findFirst();
        if (kept.isPresent()) {
            revisions.put(revision, kept.get());
            return kept.get();
        }
        // no history row (data loaded from outside the app): the rule itself, kept only if it is that revision
        FollowUpRule current = rules.findById(item.ruleId()).orElseThrow();
        if (current.version() == item.ruleRevision()) {
            revisions.put(revision, current.parts());
        }
        return current.parts();
    }
}
