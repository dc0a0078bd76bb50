package com.followup.persistence.rule;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.RulePurpose;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleChange;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleStatus;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Repository
@Transactional(readOnly = true)
class JpaFollowUpRules implements FollowUpRules {

    private final FollowUpRuleRepository rules;
    private final RuleRevisionRepository revisions;
    private final Clock clock;
    private final Cache<RuleRevisionEntity.Key, RuleDraft> revisionCache = Caffeine.newBuilder().maximumSize(1_000).build();

    JpaFollowUpRules(FollowUpRuleRepository rules, RuleRevisionRepository revisions, Clock clock) {
        this.rules = rules;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FollowUpRule save(FollowUpRule rule, String changedBy, List<String> changedParts) {
        FollowUpRuleEntity entity;
        if (rule.id() == null) {
            entity = new FollowUpRuleEntity();
        } else {
            entity = rules.findById(rule.id()).orElseThrow(() -> new ConcurrentChangeException("rule " + rule.id()));
            if (entity.version != rule.version()) {
                throw new ConcurrentChangeException("rule " + rule.id());
            }
        }
        RuleMapper.copy(rule.parts(), rule.status(), entity.parts);
        FollowUpRuleEntity saved = rules.saveAndFlush(entity);

        RuleRevisionEntity revision = new RuleRevisionEntity();
        revision.key = new RuleRevisionEntity.Key(saved.id, saved.version);
        revision.changedBy = changedBy;
        revision.changedAt = clock.instant();
        revision.summary = String.join(",", changedParts);
        revision.parts = RuleMapper.copyOf(saved.parts);
        revisions.save(revision);
        return toDomain(saved);
    }

    /** A rule read is also its current revision: kept, so that an item started under it needs no second read. */
    @Override
    public Optional<FollowUpRule> findById(long id) {
        Optional<FollowUpRule> found = rules.findById(id).map(JpaFollowUpRules::toDomain);
        found.ifPresent(rule -> revisionCache.put(new RuleRevisionEntity.Key(rule.id(), rule.version()), rule.parts()));
        return found;
    }

    @Override
    public List<FollowUpRule> findByArea(Area area, boolean includeArchived) {
        return rules.findByPartsAreaAndPartsStatusInOrderByPartsTopic(area, statuses(includeArchived)).stream()
                .map(JpaFollowUpRules::toDomain).toList();
    }

    @Override
    public List<FollowUpRule> findAll(boolean includeArchived) {
        return rules.findByPartsStatusInOrderByPartsAreaAscPartsTopicAsc(statuses(includeArchived)).stream()
                .map(JpaFollowUpRules::toDomain).toList();
    }

    @Override
    public List<RuleChange> history(long ruleId) {
        return revisions.findByKeyRuleIdOrderByKeyRevisionDesc(ruleId).stream()
                .map(r -> new RuleChange(r.key.revision(), r.changedBy, r.changedAt,
                        r.summary.isEmpty() ? List.of() : List.of(r.summary.split(",")),
                        RuleMapper.toDraft(r.parts), r.parts.status))
                .toList();
    }

    /** A revision never changes once written (every edit makes a new version), so each instance keeps those it read. */
    @Override
    public RuleDraft revision(long ruleId, long version) {
        RuleRevisionEntity.Key key = new RuleRevisionEntity.Key(ruleId, version);
        RuleDraft known = revisionCache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Optional<RuleDraft> kept = revisions.findById(key).map(revision -> RuleMapper.toDraft(revision.parts));
        if (kept.isPresent()) {
            revisionCache.put(key, kept.get());
            return kept.get();
        }
        // no history row (data loaded from outside the app): the rule itself, kept only if it is that revision
        FollowUpRuleEntity current = rules.findById(ruleId).orElseThrow();
        RuleDraft parts = RuleMapper.toDraft(current.parts);
        if (current.version == version) {
            revisionCache.put(key, parts);
        }
        return parts;
    }

    private static Set<RuleStatus> statuses(boolean includeArchived) {
        return includeArchived ? EnumSet.allOf(RuleStatus.class) : EnumSet.of(RuleStatus.ACTIVE);
    }

    private static FollowUpRule toDomain(FollowUpRuleEntity entity) {
        return FollowUpRule.restore(entity.id, entity.version, RuleMapper.toDraft(entity.parts), entity.parts.status,
                RulePurpose.ofColumn(entity.portfolioPurpose));
    }
}
