package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LapseTest {

    /** Gaps of 10 and 20 days: a median of 15, so lapsed after 30 days without an order. */
    private final List<LocalDate> orders = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11),
            LocalDate.of(2026, 1, 31));

    @Test
    void a_customer_lapses_when_the_days_since_the_last_order_exceed_twice_their_median_gap() {
        assertThat(Lapse.of(orders, LocalDate.of(2026, 3, 2)).lapsed()).isFalse();
        Lapse lapse = Lapse.of(orders, LocalDate.of(2026, 3, 3));

        assertThat(lapse.lapsed()).isTrue();
        assertThat(lapse.medianGapDays()).isEqualByComparingTo("15");
        assertThat(lapse.factors().get(0)).isEqualTo(Factor.of("portfolio.factor.lapse.lapsed", 31, 15, 30));
    }

    @Test
    void an_even_number_of_gaps_takes_the_middle_two_and_two_orders_are_too_few_to_lapse() {
        // gaps 10, 20, 30, 40: median 25
        assertThat(Lapse.medianGap(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 11)))).isEqualByComparingTo("25");
        assertThat(Lapse.of(orders.subList(0, 2), LocalDate.of(2026, 11, 1)).lapsed()).isFalse();
    }

    @Test
    void a_customer_with_no_order_in_12_months_has_churned() {
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertThat(Lapse.of(List.of(LocalDate.of(2025, 3, 2)), today).churned()).isTrue();
        assertThat(Lapse.of(List.of(LocalDate.of(2025, 3, 3)), today).churned()).isFalse();
        assertThat(Lapse.of(List.of(), today).churned()).isFalse();
    }
}
