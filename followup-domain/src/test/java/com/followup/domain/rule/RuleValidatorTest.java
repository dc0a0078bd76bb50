package com.followup.domain.rule;

import com.followup.domain.Violation;
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

    private static List<Violation> violationsOf(RuleDraft draft) {
        return RuleValidator.validate(draft);
    }

    private static List<Violation> salesWith(String field, Object value) {
        return violationsOf(with(salesNewProspects(), field, value));
    }

    @Test
    void the_source_examples_are_valid() {
        assertThat(violationsOf(salesNewProspects())).isEmpty();
        assertThat(violationsOf(administrationCollections())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"area", "topic", "objective", "timeAllowed", "frequency", "owner", "reportedIn", "kpiId", "escalateAfter"})
    void every_part_is_required(String field) {
        assertThat(salesWith(field, null)).contains(new Violation(field, "field.required"));
    }

    @Test
    void a_blank_topic_counts_as_missing() {
        assertThat(salesWith("topic", "   ")).containsExactly(new Violation("topic", "field.required"));
    }

    @Test
    void a_topic_has_at_most_120_characters() {
        assertThat(salesWith("topic", "x".repeat(120))).isEmpty();
        assertThat(salesWith("topic", "x".repeat(121)))
                .containsExactly(new Violation("topic", "field.tooLong", List.of(120)));
    }

    @Test
    void a_fixed_period_needs_a_unit() {
        assertThat(salesWith("timeAllowed", new TimeAllowed.FixedPeriod(2, null)))
                .containsExactly(new Violation("timeAllowed", "field.required"));
    }

    @Test
    void a_fixed_period_is_more_than_zero() {
        assertThat(salesWith("timeAllowed", new TimeAllowed.FixedPeriod(0, PeriodUnit.MONTHS)))
                .containsExactly(new Violation("timeAllowed", "rule.validation.positive"));
    }

    @Test
    void a_time_taken_from_the_item_names_which_term() {
        assertThat(violationsOf(with(administrationCollections(), "timeAllowed", new TimeAllowed.FromItem(null))))
                .containsExactly(new Violation("timeAllowed", "field.required"));
    }

    @Test
    void every_n_days_is_more_than_zero() {
        assertThat(salesWith("frequency", new Frequency.EveryNDays(0, false)))
                .containsExactly(new Violation("frequency", "rule.validation.positive"));
    }

    @Test
    void every_n_weeks_is_more_than_zero() {
        assertThat(salesWith("frequency", new Frequency.EveryNWeeks(-1, false)))
                .containsExactly(new Violation("frequency", "rule.validation.positive"));
    }

    @Test
    void every_n_hours_is_more_than_zero() {
        assertThat(salesWith("frequency", new Frequency.EveryNHours(0, false)))
                .containsExactly(new Violation("frequency", "rule.validation.positive"));
    }

    @Test
    void on_weekdays_needs_at_least_one_day() {
        assertThat(salesWith("frequency", new Frequency.OnWeekdays(Set.of(), false)))
                .containsExactly(new Violation("frequency", "rule.validation.weekdays"));
        assertThat(salesWith("frequency", new Frequency.OnWeekdays(Set.of(DayOfWeek.TUESDAY), false))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 32})
    void a_monthly_day_is_between_1_and_31(int day) {
        assertThat(salesWith("frequency", new Frequency.MonthlyOnDay(day, false)))
                .containsExactly(new Violation("frequency", "rule.validation.monthDay"));
    }

    @Test
    void the_follow_up_comes_more_often_than_the_time_allowed() {
        RuleDraft tenDays = with(salesNewProspects(), "timeAllowed", new TimeAllowed.FixedPeriod(10, PeriodUnit.DAYS));

        assertThat(violationsOf(with(tenDays, "frequency", new Frequency.EveryNWeeks(2, false))))
                .containsExactly(new Violation("frequency", "rule.validation.frequencyNotShorter"));
        assertThat(violationsOf(with(tenDays, "frequency", new Frequency.EveryNDays(2, false)))).isEmpty();
    }

    @Test
    void a_follow_up_as_long_as_the_time_allowed_is_refused() {
        RuleDraft oneWeekWeekly = with(salesNewProspects(), "timeAllowed", new TimeAllowed.FixedPeriod(1, PeriodUnit.WEEKS));

        assertThat(violationsOf(oneWeekWeekly))
                .containsExactly(new Violation("frequency", "rule.validation.frequencyNotShorter"));
    }

    @Test
    void a_fast_rule_can_follow_up_every_hour_within_four_hours() {
        RuleDraft fastLead = with(with(salesNewProspects(), "timeAllowed", new TimeAllowed.FixedPeriod(4, PeriodUnit.HOURS)),
                "frequency", new Frequency.EveryNHours(1, false));

        assertThat(violationsOf(fastLead)).isEmpty();
    }

    @Test
    void a_time_taken_from_each_item_is_not_compared_with_the_frequency() {
        assertThat(violationsOf(with(administrationCollections(), "frequency", new Frequency.MonthlyOnDay(5, false)))).isEmpty();
    }

    @Test
    void a_role_owner_must_name_the_role() {
        assertThat(salesWith("owner", new RuleOwner.AreaRole(" ")))
                .containsExactly(new Violation("owner", "field.required"));
        assertThat(salesWith("owner", new RuleOwner.NamedPerson(7))).isEmpty();
    }

    @Test
    void where_progress_is_reported_must_be_said() {
        assertThat(salesWith("reportedIn", new ReportedIn(" ", null)))
                .containsExactly(new Violation("reportedIn", "field.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://elsewhere.example", "boards/sales", "//elsewhere.example", "/\\evil.example/x",
            "\\\\evil.example", "/%5Cevil", "/%5cevil", "/%2F%2Fevil.example", "/%2fevil", "/x%0d%0aSet-Cookie:a=b",
            "/x\ty", "/x\u0000", "/ x", "javascript:alert(1)", "/x%zz", "/x%", " /x", "data:text/html,hi",
            "/\u00e9vil", "/boards/sales?next=https://x\n"})
    void a_board_link_is_a_path_inside_the_app(String link) {
        assertThat(salesWith("reportedIn", new ReportedIn("CRM", link)))
                .containsExactly(new Violation("reportedIn", "rule.validation.boardLink"));
        assertThat(salesWith("reportedIn", new ReportedIn("Sales board", "/boards/sales"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/boards/sales", "/items?area=SALES&status=OPEN#top", "/dashboards/sales", "/items/board?q=a%20b"})
    void paths_inside_the_app_with_a_query_or_fragment_are_links(String link) {
        assertThat(ReportedIn.isPathInsideApp(link)).isTrue();
    }

    @Test
    void escalation_comes_after_some_time() {
        assertThat(salesWith("escalateAfter", Duration.ZERO))
                .containsExactly(new Violation("escalateAfter", "rule.validation.escalation", List.of(90L)));
        assertThat(salesWith("escalateAfter", Duration.ofHours(-1)))
                .containsExactly(new Violation("escalateAfter", "rule.validation.escalation", List.of(90L)));
    }

    @Test
    void escalation_comes_within_ninety_days() {
        assertThat(salesWith("escalateAfter", Duration.ofDays(90))).isEmpty();
        assertThat(salesWith("escalateAfter", Duration.ofDays(91)))
                .containsExactly(new Violation("escalateAfter", "rule.validation.escalation", List.of(90L)));
    }

    @Test
    void a_sales_rule_needs_at_least_one_stage() {
        assertThat(salesWith("stages", List.of()))
                .containsExactly(new Violation("stages", "rule.validation.stagesRequired"));
    }

    @Test
    void a_stage_cannot_be_blank() {
        assertThat(salesWith("stages", List.of("Proposal", " ")))
                .containsExactly(new Violation("stages", "rule.validation.stageBlank"));
    }

    @Test
    void a_stage_cannot_repeat_whatever_its_case() {
        assertThat(salesWith("stages", List.of("Proposal", "proposal")))
                .containsExactly(new Violation("stages", "rule.validation.stageDuplicate", List.of("proposal")));
    }

    @Test
    void only_sales_rules_carry_stages() {
        assertThat(violationsOf(with(administrationCollections(), "stages", List.of("Invoiced"))))
                .containsExactly(new Violation("stages", "rule.validation.stagesOnlySales"));
    }

    @Test
    void outcomes_follow_the_area() {
        assertThat(Outcome.allowedIn(Area.SALES)).containsExactly(Outcome.SOLD, Outcome.POSTPONED, Outcome.ELIMINATED);
        assertThat(Outcome.allowedIn(Area.OPERATIONS)).containsExactly(Outcome.DELIVERED, Outcome.CANCELLED);
        assertThat(Outcome.allowedIn(Area.ADMINISTRATION)).containsExactly(Outcome.COLLECTED, Outcome.WRITTEN_OFF);
    }
}
