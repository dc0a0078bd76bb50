package com.followup.domain.rule;

import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.followup.domain.rule.RuleDrafts.administrationCollections;
import static com.followup.domain.rule.RuleDrafts.salesNewProspects;
import static com.followup.domain.rule.RuleDrafts.with;
import static org.assertj.core.api.Assertions.assertThat;

class RuleValidatorTest {

    @Test
    void the_source_examples_are_valid() {
        assertThat(RuleValidator.validate(salesNewProspects())).isEmpty();
        assertThat(RuleValidator.validate(administrationCollections())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"area", "topic", "objective", "timeAllowed", "frequency", "owner", "reportedIn", "kpiId", "escalateAfter"})
    void every_part_is_required(String field) {
        assertThat(RuleValidator.validate(with(salesNewProspects(), field, null)))
                .contains(new Violation(field, "rule.validation.required"));
    }

    @Test
    void blank_text_counts_as_missing_and_long_text_is_refused() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "topic", "   ")))
                .containsExactly(new Violation("topic", "rule.validation.required"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "topic", "x".repeat(121))))
                .containsExactly(new Violation("topic", "rule.validation.tooLong", List.of(120)));
    }

    @Test
    void periods_and_rhythms_must_be_positive() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "timeAllowed", new TimeAllowed.FixedPeriod(-2, PeriodUnit.MONTHS))))
                .containsExactly(new Violation("timeAllowed", "rule.validation.positive"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "frequency", new Frequency.EveryNDays(0, false))))
                .containsExactly(new Violation("frequency", "rule.validation.positive"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "frequency", new Frequency.EveryNHours(-1, false))))
                .containsExactly(new Violation("frequency", "rule.validation.positive"));
    }

    @Test
    void the_follow_up_must_come_more_often_than_the_time_allowed() {
        RuleDraft tenDaysEveryTwoWeeks = with(with(salesNewProspects(), "timeAllowed",
                new TimeAllowed.FixedPeriod(10, PeriodUnit.DAYS)), "frequency", new Frequency.EveryNWeeks(2, false));

        assertThat(RuleValidator.validate(tenDaysEveryTwoWeeks))
                .containsExactly(new Violation("frequency", "rule.validation.frequencyNotShorter"));
        assertThat(RuleValidator.validate(with(tenDaysEveryTwoWeeks, "frequency", new Frequency.EveryNDays(2, false)))).isEmpty();
    }

    @Test
    void a_fast_rule_can_call_every_hour_within_four_hours() {
        RuleDraft fastLead = with(with(salesNewProspects(), "timeAllowed", new TimeAllowed.FixedPeriod(4, PeriodUnit.HOURS)),
                "frequency", new Frequency.EveryNHours(1, false));

        assertThat(RuleValidator.validate(fastLead)).isEmpty();
    }

    @Test
    void weekdays_need_at_least_one_day_and_a_month_day_must_exist() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "frequency", new Frequency.OnWeekdays(Set.of(), false))))
                .containsExactly(new Violation("frequency", "rule.validation.weekdays"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "frequency", new Frequency.MonthlyOnDay(32, false))))
                .contains(new Violation("frequency", "rule.validation.monthDay"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "frequency",
                new Frequency.OnWeekdays(Set.of(DayOfWeek.TUESDAY), false)))).isEmpty();
    }

    @Test
    void an_item_term_must_belong_to_the_area() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "timeAllowed", new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS))))
                .containsExactly(new Violation("timeAllowed", "rule.validation.termNotInArea"));
    }

    @Test
    void escalation_must_be_positive_and_within_ninety_days() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "escalateAfter", Duration.ZERO)))
                .containsExactly(new Violation("escalateAfter", "rule.validation.escalation", List.of(90L)));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "escalateAfter", Duration.ofDays(91))))
                .containsExactly(new Violation("escalateAfter", "rule.validation.escalation", List.of(90L)));
    }

    @Test
    void a_board_link_must_point_inside_the_app() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "reportedIn", new ReportedIn("CRM", "https://evil.example"))))
                .containsExactly(new Violation("reportedIn", "rule.validation.boardLink"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "reportedIn", new ReportedIn("CRM", "//evil.example"))))
                .containsExactly(new Violation("reportedIn", "rule.validation.boardLink"));
    }

    @Test
    void a_sales_rule_needs_stages_without_blanks_or_repeats() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "stages", List.of())))
                .containsExactly(new Violation("stages", "rule.validation.stagesRequired"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "stages", List.of("Proposal", " "))))
                .containsExactly(new Violation("stages", "rule.validation.stageBlank"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "stages", List.of("Proposal", "proposal"))))
                .containsExactly(new Violation("stages", "rule.validation.stageDuplicate", List.of("proposal")));
    }

    @Test
    void only_sales_rules_carry_stages() {
        assertThat(RuleValidator.validate(with(administrationCollections(), "stages", List.of("Invoiced"))))
                .containsExactly(new Violation("stages", "rule.validation.stagesOnlySales"));
    }

    @Test
    void a_named_role_must_be_named() {
        assertThat(RuleValidator.validate(with(salesNewProspects(), "owner", new RuleOwner.AreaRole(" "))))
                .containsExactly(new Violation("owner", "rule.validation.required"));
        assertThat(RuleValidator.validate(with(salesNewProspects(), "owner", new RuleOwner.NamedPerson(7)))).isEmpty();
    }

    @Test
    void outcomes_follow_the_area() {
        assertThat(Outcome.allowedIn(Area.SALES)).containsExactly(Outcome.SOLD, Outcome.POSTPONED, Outcome.ELIMINATED);
        assertThat(Outcome.allowedIn(Area.OPERATIONS)).containsExactly(Outcome.DELIVERED, Outcome.CANCELLED);
        assertThat(Outcome.allowedIn(Area.ADMINISTRATION)).containsExactly(Outcome.COLLECTED, Outcome.WRITTEN_OFF);
    }
}
