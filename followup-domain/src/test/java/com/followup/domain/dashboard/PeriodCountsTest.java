package com.followup.domain.dashboard;

import com.followup.domain.kpi.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodCountsTest {

    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Test
    void the_sources_seller_closes_67_percent_of_prospects_with_4_contacts_each() {
        PeriodCounts seller = counts(60, 15, 10, new Compliance(50, 8, 2));

        assertThat(seller.metrics())
                .containsEntry(Metric.CLOSE_RATE_PER_PROSPECT, BigDecimal.valueOf(67))
                .containsEntry(Metric.CONTACTS_PER_PROSPECT, new BigDecimal("4.0"))
                .containsEntry(Metric.NEW_SALES, BigDecimal.valueOf(10))
                .containsEntry(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(83));
    }

    @Test
    void without_its_prospects_a_period_keeps_every_other_figure_and_has_no_share_per_prospect() {
        PeriodCounts seller = counts(60, 15, 10, new Compliance(50, 8, 2));

        assertThat(seller.withoutProspects().metrics())
                .doesNotContainKeys(Metric.CLOSE_RATE_PER_PROSPECT, Metric.CONTACTS_PER_PROSPECT)
                .containsEntry(Metric.NEW_SALES, BigDecimal.valueOf(10))
                .containsEntry(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(83))
                .hasSize(seller.metrics().size() - 2);
    }

    @Test
    void an_empty_period_has_counts_of_zero_and_no_shares_at_all() {
        PeriodCounts empty = counts(0, 0, 0, new Compliance(0, 0, 0));

        assertThat(empty.metrics()).containsEntry(Metric.NEW_SALES, BigDecimal.ZERO)
                .doesNotContainKeys(Metric.CLOSE_RATE_PER_PROSPECT, Metric.CONTACTS_PER_PROSPECT, Metric.ON_TIME_IN_FULL,
                        Metric.FOLLOW_UP_ON_TIME_RATE, Metric.AVERAGE_CALL_MINUTES);
    }

    @Test
    void deliveries_on_time_in_full_are_a_share_of_those_delivered() {
        PeriodCounts operations = new PeriodCounts(0, 0, 0, 0, 0, 0, 0, null, 0, BigDecimal.ZERO, 0, 8, 6, 1, 2,
                BigDecimal.ZERO, new Compliance(0, 0, 0));

        assertThat(operations.metrics()).containsEntry(Metric.ON_TIME_IN_FULL, BigDecimal.valueOf(75))
                .containsEntry(Metric.LATE_DELIVERIES, BigDecimal.ONE)
                .containsEntry(Metric.INCOMPLETE_DELIVERIES, BigDecimal.valueOf(2));
    }

    @Test
    void weeks_run_monday_to_sunday_and_a_month_so_far_compares_with_the_same_days_before() {
        DateRange week = DateRange.weekOf(LocalDate.of(2026, 11, 22), MEXICO);
        DateRange soFar = DateRange.monthToDate(LocalDate.of(2026, 3, 30), MEXICO);

        assertThat(week.from()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(week.start()).isEqualTo(java.time.Instant.parse("2026-11-16T06:00:00Z"));
        assertThat(soFar.monthBefore()).isEqualTo(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), MEXICO));
        assertThat(DateRange.weeksUpTo(LocalDate.of(2026, 11, 22), 13, MEXICO)).hasSize(13)
                .first().satisfies(first -> assertThat(first.from()).isEqualTo(LocalDate.of(2026, 8, 24)));
    }

    private static PeriodCounts counts(long contacts, long prospects, long sold, Compliance compliance) {
        return new PeriodCounts(contacts, prospects, sold, Math.min(prospects, contacts), 0, 0, 0, null, sold,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, BigDecimal.ZERO, compliance);
    }
}
