package com.followup.web.dashboard;

import com.followup.domain.kpi.Kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One KPI on a dashboard: its target for the period shown, the actual (null when there is no data), the month so
 * far against the same days of last month, and a 13-week trend (empty for figures of the moment).
 */
public record KpiRow(Kpi kpi, BigDecimal target, BigDecimal actual, BigDecimal monthSoFar, BigDecimal lastMonthSameDays,
              List<BigDecimal> trend) {

    public boolean hasData() {
        return actual != null;
    }

    public boolean onTarget() {
        return actual != null && kpi.meets(actual, target);
    }

    /** Actual as a share of target, e.g. 80; null without data or without a target. */
    public Integer percentOfTarget() {
        return actual == null || target.signum() == 0 ? null
                : actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
    }

    /** This month so far against the same days of last month, in percent; null when last month had nothing. */
    public Integer changeFromLastMonth() {
        return monthSoFar == null || lastMonthSameDays == null || lastMonthSameDays.signum() == 0 ? null
                : monthSoFar.subtract(lastMonthSameDays).multiply(BigDecimal.valueOf(100))
                .divide(lastMonthSameDays, 0, RoundingMode.HALF_UP).intValue();
    }
}
