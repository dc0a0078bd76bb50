package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Health 0 to 100, four visible factors of 25 points each: recency against the customer's own rhythm (full within
 * one rhythm, none at two, in between on a line; the rhythm is the median gap of {@link Lapse}, 90 days with fewer
 * than three orders), the last 3 months against the same months a year before (full when equal or better), overdue
 * receivables (10 points off each) and follow-ups of the last 90 days done on time (half, rounded up, when none fell
 * due: nobody followed them up, nobody was late).
 */
public record Health(int score, Band band, List<Factor> factors) {

    public static final int POINTS_EACH = 25;
    public static final int ASSUMED_RHYTHM_DAYS = 90;
    public static final int NO_FOLLOW_UPS_POINTS = 13;

    /** Red under 40, amber to 69, green from 70. */
    public enum Band {
        RED, AMBER, GREEN;

        public static Band of(int score) {
            return score < 40 ? RED : score < 70 ? AMBER : GREEN;
        }
    }

    public static Health of(CustomerFigures customer, LocalDate today) {
        Lapse lapse = Lapse.of(customer.orderDays(), today);
        int recency = recencyPoints(customer, lapse);
        int trend = trendPoints(customer.revenueQuarter(), customer.revenueQuarterYearBefore());
        int overdue = Math.max(0, POINTS_EACH - 10 * customer.overdueReceivables());
        int followUps = customer.followUpsDue90() == 0 ? NO_FOLLOW_UPS_POINTS
                : Math.round((float) POINTS_EACH * customer.followUpsOnTime90() / customer.followUpsDue90());
        int score = recency + trend + overdue + followUps;
        BigDecimal rhythm = rhythm(customer, lapse);
        return new Health(score, Band.of(score), List.of(
                lapse.daysSinceLastOrder() == null ? Factor.of("portfolio.factor.health.neverOrdered", recency)
                        : Factor.of("portfolio.factor.health.recency", lapse.daysSinceLastOrder(), rhythm, recency),
                Factor.of("portfolio.factor.health.trend", customer.revenueQuarter(), customer.revenueQuarterYearBefore(), trend),
                Factor.of("portfolio.factor.health.overdue", customer.overdueReceivables(), overdue),
                customer.followUpsDue90() == 0 ? Factor.of("portfolio.factor.health.noFollowUps", followUps)
                        : Factor.of("portfolio.factor.health.followUps", customer.followUpsOnTime90(), customer.followUpsDue90(), followUps)));
    }

    private static BigDecimal rhythm(CustomerFigures customer, Lapse lapse) {
        return customer.orderDays().size() >= Lapse.LEAST_ORDERS ? lapse.medianGapDays() : BigDecimal.valueOf(ASSUMED_RHYTHM_DAYS);
    }

    private static int recencyPoints(CustomerFigures customer, Lapse lapse) {
        if (lapse.daysSinceLastOrder() == null) {
            return 0;
        }
        double rhythm = Math.max(1, rhythm(customer, lapse).doubleValue());
        double ratio = lapse.daysSinceLastOrder() / rhythm;
        return ratio <= 1 ? POINTS_EACH : ratio >= 2 ? 0 : (int) Math.round(POINTS_EACH * (2 - ratio));
    }

    private static int trendPoints(BigDecimal now, BigDecimal yearBefore) {
        if (yearBefore.signum() <= 0) {
            return now.signum() > 0 ? POINTS_EACH : 0;
        }
        double ratio = Math.min(1, now.doubleValue() / yearBefore.doubleValue());
        return (int) Math.round(POINTS_EACH * ratio);
    }
}
