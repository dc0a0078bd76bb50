package com.followup.domain.portfolio;

import com.followup.domain.Violation;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.kpi.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioDashboardFiguresTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    /**
     * Segment A: 10 customers; 8 bought in the period, 10 in the one before, 7 in both. Revenue 40,000 of which
     * 30,000 has a known cost and 9,000 of margin; 20 different products among the 8 buyers; 500,000 in 12 months.
     */
    private final SegmentFigures a = new SegmentFigures(Segment.A, 10, 8, 10, 7, new BigDecimal("40000"),
            new BigDecimal("30000"), new BigDecimal("9000"), 20, new BigDecimal("500000"), 2);
    private final SegmentFigures all = new SegmentFigures(null, 60, 30, 40, 25, new BigDecimal("64000"),
            new BigDecimal("50000"), new BigDecimal("12000"), 45, new BigDecimal("800000"), 5);

    @Test
    void retention_is_those_who_bought_in_both_periods_of_those_who_bought_in_the_earlier_one_and_churn_the_rest() {
        assertThat(a.retention().percent()).contains(70); // 7 / 10
        assertThat(a.lost()).isEqualTo(3);
        assertThat(a.churnRate().percent()).contains(30); // 3 / 10
        assertThat(all.retention().percent()).contains(63); // 25 / 40 = 62.5, half up
        assertThat(all.churnRate().percent()).contains(38); // 15 / 40 = 37.5
    }

    @Test
    void revenue_products_and_margin_are_per_customer_who_bought_and_of_the_revenue_whose_cost_is_known() {
        assertThat(a.revenuePerCustomer()).isEqualByComparingTo("5000.00"); // 40,000 / 8
        assertThat(a.productsPerCustomer()).isEqualByComparingTo("2.5"); // 20 / 8
        assertThat(a.marginPercent()).isEqualByComparingTo("30.0"); // 9,000 / 30,000
        assertThat(a.shareOf(all)).isEqualByComparingTo("62.5"); // 40,000 / 64,000
        assertThat(a.marketShare(new BigDecimal("2000000"))).isEqualByComparingTo("25.0"); // 500,000 / 2,000,000
        assertThat(a.marketShare(null)).isNull();
    }

    @Test
    void a_segment_where_nobody_bought_has_no_rates_rather_than_zeros() {
        SegmentFigures quiet = new SegmentFigures(Segment.C, 4, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);

        assertThat(quiet.retention().hasData()).isFalse();
        assertThat(quiet.churnRate().hasData()).isFalse();
        assertThat(quiet.revenuePerCustomer()).isNull();
        assertThat(quiet.productsPerCustomer()).isNull();
        assertThat(quiet.marginPercent()).isNull();
    }

    @Test
    void the_earlier_period_of_whole_months_is_as_many_months_before_and_of_other_days_as_many_days() {
        DateRange quarter = DateRange.quarterOf(LocalDate.of(2026, 11, 15), MADRID); // Oct 1 – Jan 1
        assertThat(SegmentFigures.earlierPeriod(quarter))
                .isEqualTo(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1), MADRID));
        DateRange march = DateRange.monthOf(LocalDate.of(2026, 3, 10), MADRID); // 31 days after February's 28
        assertThat(SegmentFigures.earlierPeriod(march))
                .isEqualTo(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), MADRID));
        DateRange tenDays = DateRange.between(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 14), MADRID);
        assertThat(SegmentFigures.earlierPeriod(tenDays))
                .isEqualTo(new DateRange(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 3, 5), MADRID));
    }

    @Test
    void movement_compares_with_the_month_three_months_back_and_down_is_towards_c() {
        assertThat(SegmentMove.comparedMonth(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(SegmentMove.lastMonth(LocalDate.of(2026, 1, 20))).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(new SegmentMove(Segment.A, Segment.C, 1).down()).isTrue();
        assertThat(new SegmentMove(Segment.C, Segment.B, 1).down()).isFalse();
        assertThat(new SegmentMove(Segment.B, Segment.B, 1).down()).isFalse();
    }

    @Test
    void the_kpi_metrics_come_from_the_same_figures_and_coverage_adds_every_segment_up() {
        SegmentFigures b = new SegmentFigures(Segment.B, 20, 12, 15, 10, new BigDecimal("20000"), BigDecimal.ZERO,
                BigDecimal.ZERO, 20, new BigDecimal("250000"), 1);
        SegmentFigures c = new SegmentFigures(Segment.C, 30, 10, 15, 8, new BigDecimal("4000"), BigDecimal.ZERO,
                BigDecimal.ZERO, 5, new BigDecimal("50000"), 2);
        List<Coverage> coverage = List.of(new Coverage(Segment.A, 14, 10, 9), new Coverage(Segment.B, 30, 20, 11),
                new Coverage(Segment.C, 30, 30, 12));
        PortfolioDashboards.Overview overview = new PortfolioDashboards.Overview(List.of(a, b, c), all, List.of(), coverage);

        Map<Metric, BigDecimal> metrics = PortfolioMetrics.of(overview);

        assertThat(metrics.get(Metric.COVERAGE)).isEqualByComparingTo("53"); // 32 of 60
        assertThat(metrics.get(Metric.RETENTION)).isEqualByComparingTo("63");
        assertThat(metrics.get(Metric.CHURN_RATE)).isEqualByComparingTo("38");
        assertThat(metrics.get(Metric.REVENUE_PER_CUSTOMER)).isEqualByComparingTo("2133.33"); // 64,000 / 30
        assertThat(metrics.get(Metric.LAPSED_A_B_CUSTOMERS)).isEqualByComparingTo("3"); // 2 in A, 1 in B; C's left out
        assertThat(Metric.CHURN_RATE.higherIsBetter()).isFalse();
        assertThat(Metric.LAPSED_A_B_CUSTOMERS.higherIsBetter()).isFalse();
        assertThat(Metric.of(com.followup.domain.area.Area.SALES)).contains(Metric.COVERAGE, Metric.RETENTION);
    }

    @Test
    void a_share_reads_good_from_80_fair_from_50_and_poor_below() {
        assertThat(PortfolioMetrics.standing(80)).isEqualTo(PortfolioMetrics.Standing.GOOD);
        assertThat(PortfolioMetrics.standing(79)).isEqualTo(PortfolioMetrics.Standing.FAIR);
        assertThat(PortfolioMetrics.standing(50)).isEqualTo(PortfolioMetrics.Standing.FAIR);
        assertThat(PortfolioMetrics.standing(49)).isEqualTo(PortfolioMetrics.Standing.POOR);
        assertThat(PortfolioMetrics.standing(null)).isNull();
    }

    @Test
    void market_sizes_are_empty_or_positive_amounts_with_two_decimals_at_most() {
        assertThat(MarketSizes.validate(Map.of(Segment.A, "2000000", Segment.B, "", Segment.C, "12.50"))).isEmpty();
        assertThat(MarketSizes.validate(Map.of(Segment.A, "0", Segment.B, "abc", Segment.C, "1.234")))
                .extracting(Violation::field).containsExactly("aSize", "bSize", "cSize");
        MarketSizes sizes = MarketSizes.from(Map.of(Segment.A, " 2000000 ", Segment.B, ""), 3);
        assertThat(sizes.of(Segment.A)).isEqualByComparingTo("2000000");
        assertThat(sizes.of(Segment.B)).isNull();
        assertThat(sizes.version()).isEqualTo(3);
    }

    @Test
    void the_weekly_alert_is_due_from_monday_at_seven_and_keyed_once_per_manager_and_week() {
        Instant sundayNight = LocalDate.of(2026, 11, 29).atTime(23, 0).atZone(MADRID).toInstant();
        Instant mondaySix = LocalDate.of(2026, 11, 30).atTime(6, 59).atZone(MADRID).toInstant();
        Instant mondaySeven = LocalDate.of(2026, 11, 30).atTime(7, 0).atZone(MADRID).toInstant();
        Instant friday = LocalDate.of(2026, 12, 4).atTime(16, 0).atZone(MADRID).toInstant();

        assertThat(WeeklyAlert.due(sundayNight, MADRID)).isTrue(); // the week before, already decided since its Monday
        assertThat(WeeklyAlert.due(mondaySix, MADRID)).isFalse();
        assertThat(WeeklyAlert.due(mondaySeven, MADRID)).isTrue();
        assertThat(WeeklyAlert.key(7, mondaySeven, MADRID)).isEqualTo("portfolio-week:7:2026-W49")
                .isEqualTo(WeeklyAlert.key(7, friday, MADRID));
        assertThat(WeeklyAlert.key(7, sundayNight, MADRID)).isEqualTo("portfolio-week:7:2026-W48");
    }
}
