package com.followup.domain.rule;

import com.followup.domain.Violation;
import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.followup.domain.rule.RuleDrafts.salesNewProspects;
import static com.followup.domain.rule.RuleDrafts.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowUpRuleTest {

    @Test
    void a_valid_draft_defines_an_active_rule_with_its_text_tidied() {
        FollowUpRule rule = FollowUpRule.define(with(salesNewProspects(), "topic", "  New prospects "));

        assertThat(rule.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(rule.topic()).isEqualTo("New prospects");
        assertThat(rule.outcomes()).containsExactly(Outcome.SOLD, Outcome.POSTPONED, Outcome.ELIMINATED);
    }

    @Test
    void an_invalid_draft_defines_nothing_and_says_why() {
        assertThatThrownBy(() -> FollowUpRule.define(with(salesNewProspects(), "objective", "")))
                .isInstanceOfSatisfying(InvalidRuleException.class, e ->
                        assertThat(e.violations()).containsExactly(new Violation("objective", "field.required")));
    }

    @Test
    void a_revision_cannot_move_a_rule_to_another_area() {
        FollowUpRule rule = FollowUpRule.define(salesNewProspects());
        RuleDraft moved = with(with(salesNewProspects(), "area", Area.OPERATIONS), "stages", List.of());

        assertThatThrownBy(() -> rule.revise(moved))
                .isInstanceOfSatisfying(InvalidRuleException.class, e ->
                        assertThat(e.violations()).contains(new Violation("area", "rule.validation.areaFixed")));
        assertThat(rule.area()).isEqualTo(Area.SALES);
    }

    @Test
    void a_revision_reports_which_parts_it_changes() {
        FollowUpRule rule = FollowUpRule.define(salesNewProspects());
        RuleDraft change = with(with(salesNewProspects(), "frequency", new Frequency.EveryNDays(3, false)),
                "owner", new RuleOwner.NamedPerson(4));

        assertThat(rule.partsChangedFrom(change)).containsExactly("frequency", "owner");
        rule.revise(change);
        assertThat(rule.frequency()).isEqualTo(new Frequency.EveryNDays(3, false));
        assertThat(rule.partsChangedFrom(change)).isEmpty();
    }

    @Test
    void a_rule_remembers_what_changed_until_it_is_saved() {
        FollowUpRule stored = FollowUpRule.restore(5, 3, salesNewProspects(), RuleStatus.ACTIVE);

        stored.revise(with(salesNewProspects(), "topic", "Warm prospects"));
        stored.archive();

        assertThat(stored.unsavedChanges()).containsExactly("topic", "archived");
        assertThat(FollowUpRule.define(salesNewProspects()).unsavedChanges()).containsExactly("created");
    }

    @Test
    void a_history_entry_sums_up_what_changed() {
        RuleChange change = new RuleChange(4, "director", java.time.Instant.EPOCH, List.of("frequency", "owner"),
                salesNewProspects(), RuleStatus.ACTIVE);

        assertThat(change.ruleVersion()).isEqualTo(4);
        assertThat(change.summary()).isEqualTo("frequency, owner");
    }

    @Test
    void an_archived_rule_can_be_restored_but_not_archived_again() {
        FollowUpRule rule = FollowUpRule.define(salesNewProspects());

        rule.archive();
        assertThat(rule.isArchived()).isTrue();
        assertThatThrownBy(rule::archive).isInstanceOf(IllegalStateException.class);

        rule.restore();
        assertThat(rule.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThatThrownBy(rule::restore).isInstanceOf(IllegalStateException.class);
    }
}
