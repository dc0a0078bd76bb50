package com.followup.domain.dashboard;

import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a KPI's target is scaled to the days shown and with what precision its figures read: 3.8 contacts per prospect
 * is not 4, and a monthly target of 2 for one week is 0.47, not 0, so that its percentage of target reads true.
 */
public final class KpiPrecision {

    /** Enough to tell a small scaled target from zero, and what a percentage of it is computed from. */
    public static final int TARGET_DECIMALS = 2;
    private static final Set<Metric.Unit> ADDITIVE = EnumSet.of(Metric.Unit.COUNT, Metric.Unit.MONEY);

    private KpiPrecision() {
    }

    /**
     * A count or an amount is scaled to the days shown: whole months take the monthly target once per month, other
     * ranges the share of their days (a monthly target of 30 is 7 for a week of a 30-day month); shares, ratios and
     * averages are not scaled. Entered KPIs count or add up.
     */
    public static BigDecimal scaledTarget(Kpi kpi, BigDecimal target, DateRange range) {
        boolean additive = !kpi.isComputed() || ADDITIVE.contains(kpi.metric().unit());
        if (!additive) {
            return target;
        }
        BigDecimal scaled;
        long months = wholeMonths(range);
        if (kpi.period() == KpiPeriod.MONTH && months > 0) {
            scaled = target.multiply(BigDecimal.valueOf(months));
        } else {
            long days = ChronoUnit.DAYS.between(range.from(), range.to());
            long periodDays = kpi.period() == KpiPeriod.DAY ? 1 : kpi.period() == KpiPeriod.WEEK ? 7 : range.from().lengthOfMonth();
            scaled = target.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(periodDays), TARGET_DECIMALS,
                    RoundingMode.HALF_UP);
        }
        return scaled.signum() == 0 ? BigDecimal.ZERO : scaled.stripTrailingZeros();
    }

    /** The actual as a percentage of the target as shown: whole, or to one decimal under 10 %; null without a target. */
    public static BigDecimal percentOfTarget(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return null;
        }
        BigDecimal percent = actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, RoundingMode.HALF_UP);
        if (percent.abs().compareTo(BigDecimal.TEN) >= 0 || percent.stripTrailingZeros().scale() <= 0) {
            return percent.setScale(0, RoundingMode.HALF_UP);
        }
        return percent;
    }

    /** The decimals a value needs to read as it is: none for a whole number, two for money, otherwise up to two. */
    public static int decimals(BigDecimal value, Metric.Unit unit) {
        if (value == null) {
            return 0;
        }
        int needed = Math.max(0, value.stripTrailingZeros().scale());
        if (needed == 0) {
            return 0;
        }
        return unit == Metric.Unit.MONEY ? 2 : Math.min(needed, TARGET_DECIMALS);
    }

    private static long wholeMonths(DateRange range) {
        LocalDate from = range.from();
        LocalDate to = range.to();
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != 1) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(from, to);
    }
}
