package com.followup.domain.portfolio;

import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.RuleValidator;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each customer gets one service item, due by their segment's rhythm, and follows their segment when it changes. */
class ServicePlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final ServiceMatrix MATRIX = ServiceMatrix.from(Map.of(Segment.A, new ServiceMatrix.Draft("VISIT", "14"),
            Segment.B, new ServiceMatrix.Draft("CALL", "30"), Segment.C, new ServiceMatrix.Draft("EMAIL", "90")), 0);
    static final Map<Segment, ServicePlan.RuleVersion> RULES = Map.of(Segment.A, new ServicePlan.RuleVersion(1, 2),
            Segment.B, new ServicePlan.RuleVersion(2, 0), Segment.C, new ServicePlan.RuleVersion(3, 0));

    @Test
    void the_next_contact_is_due_the_rhythm_after_the_last_but_never_before_today() {
        // A every 14 days: last contact 25 Nov + 14 = 9 Dec
        assertThat(MATRIX.nextContactDue(Segment.A, LocalDate.of(2026, 11, 25), TODAY)).isEqualTo(LocalDate.of(2026, 12, 9));
        // B every 30 days: 1 Nov + 30 = 1 Dec, today itself
        assertThat(MATRIX.nextContactDue(Segment.B, LocalDate.of(2026, 11, 1), TODAY)).isEqualTo(TODAY);
        // C every 90 days: 3 Sep + 90 = 2 Dec
        assertThat(MATRIX.nextContactDue(Segment.C, LocalDate.of(2026, 9, 3), TODAY)).isEqualTo(LocalDate.of(2026, 12, 2));
        // A: 1 Oct + 14 = 15 Oct, long past: due today, not in the past
        assertThat(MATRIX.nextContactDue(Segment.A, LocalDate.of(2026, 10, 1), TODAY)).isEqualTo(TODAY);
        // never contacted: due today
        assertThat(MATRIX.nextContactDue(Segment.C, null, TODAY)).isEqualTo(TODAY);
    }

    @Test
    void a_segments_rhythm_is_a_rule_frequency_of_so_many_days_weekends_included() {
        assertThat(MATRIX.rhythm(Segment.B)).isEqualTo(new Frequency.EveryNDays(30, false));
        assertThat(RuleValidator.validate(PortfolioPurpose.SEGMENT_C.rule(MATRIX, 7))).isEmpty();
        assertThat(RuleValidator.validate(PortfolioPurpose.LAPSE.rule(MATRIX, 7))).isEmpty();
        assertThat(PortfolioPurpose.SEGMENT_C.rule(MATRIX, 7).frequency()).isEqualTo(new Frequency.EveryNDays(90, false));
    }

    @Test
    void a_customer_without_a_service_item_gets_one_under_their_segments_rule() {
        ServicePlan.Customer newcomer = customer(Segment.B, LocalDate.of(2026, 11, 20), null);

        ServicePlan.Steps steps = ServicePlan.plan(MATRIX, RULES, List.of(newcomer), TODAY, NOW);

        // 20 Nov + 30 days = 20 Dec
        assertThat(steps.opens()).containsExactly(new ServicePlan.Open(newcomer, RULES.get(Segment.B), LocalDate.of(2026, 12, 20)));
        assertThat(steps.moves()).isEmpty();
    }

    @Test
    void a_customer_already_served_under_their_segments_rule_as_it_stands_is_left_alone() {
        ServicePlan.Customer served = customer(Segment.A, LocalDate.of(2026, 11, 30),
                new ServicePlan.OpenItem(50, 1, 2, false, Instant.parse("2026-12-14T10:00:00Z")));

        ServicePlan.Steps steps = ServicePlan.plan(MATRIX, RULES, List.of(served), TODAY, NOW);

        assertThat(steps.opens()).isEmpty();
        assertThat(steps.moves()).isEmpty();
    }

    @Test
    void a_customer_moved_up_a_segment_follows_the_faster_rhythm_from_their_last_contact() {
        // was C (rule 3, due in February), now A: 25 Nov + 14 = 9 Dec
        ServicePlan.Customer movedUp = customer(Segment.A, LocalDate.of(2026, 11, 25),
                new ServicePlan.OpenItem(51, 3, 0, false, Instant.parse("2027-02-23T10:00:00Z")));

        ServicePlan.Steps steps = ServicePlan.plan(MATRIX, RULES, List.of(movedUp), TODAY, NOW);

        assertThat(steps.moves()).containsExactly(new ServicePlan.Move(movedUp, RULES.get(Segment.A), Segment.A, 14,
                LocalDate.of(2026, 12, 9)));
        assertThat(steps.opens()).isEmpty();
    }

    @Test
    void a_new_rhythm_for_the_segment_moves_its_items_to_the_rules_new_revision() {
        // rule 1 is at revision 2 since the matrix changed; the item still follows revision 1
        ServicePlan.Customer served = customer(Segment.A, LocalDate.of(2026, 11, 30),
                new ServicePlan.OpenItem(52, 1, 1, false, Instant.parse("2026-12-30T10:00:00Z")));

        assertThat(ServicePlan.plan(MATRIX, RULES, List.of(served), TODAY, NOW).moves())
                .containsExactly(new ServicePlan.Move(served, RULES.get(Segment.A), Segment.A, 14, LocalDate.of(2026, 12, 14)));
    }

    @Test
    void a_move_keeps_an_overdue_or_postponed_follow_up_where_it_is() {
        ServicePlan.Customer overdue = customer(Segment.A, LocalDate.of(2026, 11, 30),
                new ServicePlan.OpenItem(53, 2, 0, false, Instant.parse("2026-11-28T10:00:00Z")));
        ServicePlan.Customer postponed = customer(Segment.A, null,
                new ServicePlan.OpenItem(54, 2, 0, true, Instant.parse("2027-01-10T00:00:00Z")));

        assertThat(ServicePlan.plan(MATRIX, RULES, List.of(overdue, postponed), TODAY, NOW).moves())
                .extracting(ServicePlan.Move::dueOn).containsExactly(null, null);
    }

    private static ServicePlan.Customer customer(Segment segment, LocalDate lastContact, ServicePlan.OpenItem item) {
        return new ServicePlan.Customer(9, "Grupo Roble", 4, segment, lastContact, item);
    }
}
