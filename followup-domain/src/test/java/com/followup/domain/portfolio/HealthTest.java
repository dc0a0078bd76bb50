package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import static com.followup.domain.portfolio.CustomerMother.TODAY;
import static com.followup.domain.portfolio.CustomerMother.customer;
import static org.assertj.core.api.Assertions.assertThat;

class HealthTest {

    @Test
    void four_factors_of_25_points_each_make_the_health_of_a_customer() {
        // every 10 days, last 12 days ago: 1.2 rhythms, 25 × (2 - 1.2) = 20; 3,000 against 4,000: 25 × 0.75 = 18.75,
        // rounded 19; one overdue receivable: 25 - 10 = 15; 3 of 4 follow-ups on time: 18.75, rounded 19. 73, green
        Health health = Health.of(customer(1).orderedDaysAgo(52, 42, 32, 22, 12).quarters("3000", "4000").overdue(1)
                .followUps(3, 4).figures(), TODAY);

        assertThat(health.score()).isEqualTo(73);
        assertThat(health.band()).isEqualTo(Health.Band.GREEN);
        assertThat(health.factors()).containsExactly(
                Factor.of("portfolio.factor.health.recency", 12, 10, 20),
                Factor.of("portfolio.factor.health.trend", "3000", "4000", 19),
                Factor.of("portfolio.factor.health.overdue", 1, 15),
                Factor.of("portfolio.factor.health.followUps", 3, 4, 19));
    }

    @Test
    void a_customer_who_never_ordered_with_three_overdue_invoices_and_no_follow_ups_keeps_only_half_of_those_points() {
        Health health = Health.of(customer(1).overdue(3).figures(), TODAY);

        assertThat(health.score()).isEqualTo(13);
        assertThat(health.band()).isEqualTo(Health.Band.RED);
    }

    @Test
    void with_fewer_than_three_orders_the_rhythm_is_90_days_and_growth_from_nothing_counts_in_full() {
        // 135 days of 90 is 1.5 rhythms: 12.5, rounded 13; nothing a year before and something now: 25; nothing
        // overdue: 25; no follow-up fell due: half of 25, rounded up, 13. 76
        Health health = Health.of(customer(1).orderedDaysAgo(300, 135).quarters("100", "0").figures(), TODAY);

        assertThat(health.score()).isEqualTo(76);
        assertThat(health.factors().get(3)).isEqualTo(Factor.of("portfolio.factor.health.noFollowUps", 13));
    }

    @Test
    void red_is_under_40_amber_to_69_and_green_from_70() {
        assertThat(Health.Band.of(39)).isEqualTo(Health.Band.RED);
        assertThat(Health.Band.of(40)).isEqualTo(Health.Band.AMBER);
        assertThat(Health.Band.of(69)).isEqualTo(Health.Band.AMBER);
        assertThat(Health.Band.of(70)).isEqualTo(Health.Band.GREEN);
    }
}
