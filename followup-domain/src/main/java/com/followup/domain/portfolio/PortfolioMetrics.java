package com.followup.domain.portfolio;

import com.followup.domain.dashboard.Ratio;
import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI metrics measured on the portfolio, from the dashboard's own figures: coverage (customers contacted within
 * their rhythm ÷ customers, all segments), retention and churn rate of the whole portfolio, revenue per customer who
 * bought, and the A and B customers lapsed today. Percentages are whole; a share with nothing to divide by is absent.
 */
public final class PortfolioMetrics {

    private PortfolioMetrics() {
    }

    /** How a share where higher is better reads: good from 80 %, fair from 50 %, poor below (green, amber, red). */
    public enum Standing { GOOD, FAIR, POOR }

    public static final int GOOD_FROM = 80;
    public static final int FAIR_FROM = 50;

    /** Null for a share without data; for churn, pass 100 minus the rate. */
    public static Standing standing(Integer percent) {
        if (percent == null) {
            return null;
        }
        return percent >= GOOD_FROM ? Standing.GOOD : percent >= FAIR_FROM ? Standing.FAIR : Standing.POOR;
    }

    public static Map<Metric, BigDecimal> of(PortfolioDashboards.Overview overview) {
        Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
        List<Coverage> coverage = overview.coverage();
        SegmentFigures all = overview.all();
        new Ratio(coverage.stream().mapToLong(Coverage::covered).sum(), coverage.stream().mapToLong(Coverage::customers).sum())
                .percent().ifPresent(p -> metrics.put(Metric.COVERAGE, BigDecimal.valueOf(p)));
        all.retention().percent().ifPresent(p -> metrics.put(Metric.RETENTION, BigDecimal.valueOf(p)));
        all.churnRate().percent().ifPresent(p -> metrics.put(Metric.CHURN_RATE, BigDecimal.valueOf(p)));
        if (all.revenuePerCustomer() != null) {
            metrics.put(Metric.REVENUE_PER_CUSTOMER, all.revenuePerCustomer());
        }
        metrics.put(Metric.LAPSED_A_B_CUSTOMERS, BigDecimal.valueOf(overview.segments().stream()
                .filter(s -> s.segment() != Segment.C).mapToLong(SegmentFigures::lapsed).sum()));
        return metrics;
    }
}
