package com.followup.persistence.rule;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleChange;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RuleStatus;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JpaFollowUpRulesTest {

    @Autowired
    FollowUpRules rules;

    @Autowired
    Kpis kpis;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_sales_rule_round_trips_with_every_part() {
        RuleDraft draft = sales("Round trip", new Frequency.EveryNWeeks(1, false));

        FollowUpRule saved = rules.save(FollowUpRule.define(draft), "diana", List.of());
        FollowUpRule found = rules.findById(saved.id()).orElseThrow();

        assertThat(found.parts()).isEqualTo(draft);
        assertThat(found.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(found.version()).isEqualTo(saved.version());
    }

    static Stream<Frequency> everyKindOfFrequency() {
        return Stream.of(new Frequency.EveryNDays(2, true), new Frequency.EveryNWeeks(1, false),
                new Frequency.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), true),
                new Frequency.MonthlyOnDay(31, false), new Frequency.EveryNHours(1, true));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfFrequency")
    void every_kind_of_frequency_is_stored_as_it_was_defined(Frequency frequency) {
        RuleDraft draft = new RuleDraft(Area.ADMINISTRATION, "Collections " + frequency, "Collect",
                new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS), frequency, new RuleOwner.NamedPerson(owner()),
                new ReportedIn("Receivables board", "/boards/administration"), kpi(Area.ADMINISTRATION),
                Duration.ofHours(36), List.of());

        FollowUpRule saved = rules.save(FollowUpRule.define(draft), "diana", List.of());

        assertThat(rules.findById(saved.id()).orElseThrow().parts()).isEqualTo(draft);
    }

    @Test
    void every_change_is_kept_with_who_changed_what_and_the_rule_as_it_was() {
        FollowUpRule rule = rules.save(FollowUpRule.define(sales("History", new Frequency.EveryNWeeks(1, false))), "diana", List.of());
        RuleDraft change = sales("History", new Frequency.EveryNDays(3, false));
        List<String> changed = rule.partsChangedFrom(change);
        rule.revise(change);
        rule = rules.save(rule, "marta", changed);
        rule.archive();
        rules.save(rule, "diana", List.of("status"));

        List<RuleChange> history = rules.history(rule.id());

        assertThat(history).extracting(RuleChange::changedBy).containsExactly("diana", "marta", "diana");
        assertThat(history.get(1).changedParts()).containsExactly("frequency");
        assertThat(history.get(1).parts().frequency()).isEqualTo(new Frequency.EveryNDays(3, false));
        assertThat(history.get(2).parts().frequency()).isEqualTo(new Frequency.EveryNWeeks(1, false));
        assertThat(history.get(0).status()).isEqualTo(RuleStatus.ARCHIVED);
        assertThat(history).extracting(RuleChange::ruleVersion).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void a_revision_is_the_rule_as_it_was_saved_at_that_version() {
        RuleDraft first = sales("Revisions", new Frequency.EveryNWeeks(1, false));
        FollowUpRule rule = rules.save(FollowUpRule.define(first), "diana", List.of());
        long firstVersion = rule.version();
        RuleDraft second = sales("Revisions", new Frequency.EveryNDays(3, false));
        List<String> changed = rule.partsChangedFrom(second);
        rule.revise(second);
        rule = rules.save(rule, "marta", changed);

        assertThat(rules.revision(rule.id(), firstVersion)).isEqualTo(first);
        assertThat(rules.revision(rule.id(), rule.version())).isEqualTo(second);
        assertThat(rules.revision(rule.id(), firstVersion)).as("read again, from the cache").isEqualTo(first);
    }

    @Test
    void a_save_from_a_stale_copy_is_refused_and_changes_nothing() {
        FollowUpRule saved = rules.save(FollowUpRule.define(sales("Stale", new Frequency.EveryNWeeks(1, false))), "diana", List.of());
        FollowUpRule first = rules.findById(saved.id()).orElseThrow();
        FollowUpRule second = rules.findById(saved.id()).orElseThrow();
        first.revise(sales("Stale", new Frequency.EveryNDays(2, false)));
        rules.save(first, "diana", List.of("frequency"));

        second.revise(sales("Stale", new Frequency.EveryNDays(5, false)));

        assertThatThrownBy(() -> rules.save(second, "marco", List.of("frequency"))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(rules.findById(saved.id()).orElseThrow().frequency()).isEqualTo(new Frequency.EveryNDays(2, false));
        assertThat(rules.history(saved.id())).hasSize(2);
    }

    @Test
    void archived_rules_are_listed_only_when_asked_for() {
        FollowUpRule rule = rules.save(FollowUpRule.define(sales("Archived one", new Frequency.EveryNWeeks(1, false))), "diana", List.of());
        rule.archive();
        rules.save(rule, "diana", List.of("status"));

        assertThat(rules.findByArea(Area.SALES, false)).extracting(FollowUpRule::topic).doesNotContain("Archived one");
        assertThat(rules.findByArea(Area.SALES, true)).extracting(FollowUpRule::topic).contains("Archived one");
        assertThat(rules.findByArea(Area.OPERATIONS, true)).extracting(FollowUpRule::topic).doesNotContain("Archived one");
    }

    private RuleDraft sales(String topic, Frequency frequency) {
        return new RuleDraft(Area.SALES, topic, "Close the sale", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS),
                frequency, new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), kpi(Area.SALES),
                Duration.ofDays(2), List.of("First meeting", "Proposal", "Negotiation"));
    }

    private long kpi(Area area) {
        return kpis.findByArea(area).stream().findFirst()
                .orElseGet(() -> kpis.save(Kpi.define(area, "KPI of " + area, "count", BigDecimal.TEN, KpiPeriod.MONTH)))
                .id();
    }

    private long owner() {
        return accounts.findByUsername("rule.owner")
                .orElseGet(() -> accounts.save(UserAccount.create("rule.owner", "Rule Owner",
                        "{noop}x", Role.STAFF, Set.of(Area.ADMINISTRATION))))
                .id();
    }
}
