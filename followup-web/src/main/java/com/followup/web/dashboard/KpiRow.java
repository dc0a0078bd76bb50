package com.followup.web.dashboard;

import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.KpiPrecision;
import com.followup.domain.dashboard.KpiReading;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One KPI on a dashboard: its target for the period shown, the actual (null when there is no data), the month so
 * far against the same days of last month (null for a figure of the moment, which has no history to compare), a
 * 13-week trend (empty for figures of the moment), and the compliance of the rules that move it (null without rules).
 * {@code monthly}: an entered monthly value shown for a range inside its month.
 */
public record KpiRow(Kpi kpi, BigDecimal target, BigDecimal actual, BigDecimal monthSoFar, BigDecimal lastMonthSameDays,
                     List<BigDecimal> trend, Compliance rules, boolean monthly) {

    public KpiRow(Kpi kpi, BigDecimal target, BigDecimal actual, BigDecimal monthSoFar, BigDecimal lastMonthSameDays,
                  List<BigDecimal> trend) {
        this(kpi, target, actual, monthSoFar, lastMonthSameDays, trend, null, false);
    }

    public boolean hasData() {
        return actual != null;
    }

    public boolean onTarget() {
        return actual != null && kpi.meets(actual, target);
    }

    /** Late deliveries, money overdue: the lower, the better, and the page says so. */
    public boolean lowerIsBetter() {
        return kpi.isComputed() && !kpi.metric().higherIsBetter();
    }

    /** Actual as a share of the target as shown, e.g. 80 or 2.5; null without data or without a target. */
    public BigDecimal percentOfTarget() {
        return KpiPrecision.percentOfTarget(actual, target);
    }

    /** The decimals {@code value} needs to read as it is (3.8 contacts, 0.47 sales, 1,200.50 pesos). */
    public int decimals(BigDecimal value) {
        return KpiPrecision.decimals(value, kpi.isComputed() ? kpi.metric().unit() : null);
    }

    public boolean isMoney() {
        return kpi.isComputed() && kpi.metric().unit() == Metric.Unit.MONEY;
    }

    /** This month so far against the same days of last month, in percent; null when last month had nothing. */
    public Integer changeFromLastMonth() {
        return monthSoFar == null || lastMonthSameDays == null || lastMonthSameDays.signum() == 0 ? null
                : monthSoFar.subtract(lastMonthSameDays).multiply(BigDecimal.valueOf(100))
                .divide(lastMonthSameDays, 0, RoundingMode.HALF_UP).intValue();
    }

    /** Each week's value as a share of the KPI's target for a week, the measure the trend chart draws; null without one. */
    public List<Integer> weeklyShares(List<DateRange> weeks) {
        List<Integer> shares = new ArrayList<>();
        for (int i = 0; i < weeks.size() && i < trend.size(); i++) {
            BigDecimal value = trend.get(i);
            BigDecimal weekly = KpiPrecision.scaledTarget(kpi, kpi.target(), weeks.get(i));
            shares.add(value == null || weekly.signum() == 0 ? null
                    : value.multiply(BigDecimal.valueOf(100)).divide(weekly, 0, RoundingMode.HALF_UP).intValue());
        }
        return shares;
    }

    /** The KPI read beside its rules' follow-ups, or null when there is nothing to read. */
    public KpiReading reading() {
        return KpiReading.of(hasData() ? onTarget() : null, rules).orElse(null);
    }
}
