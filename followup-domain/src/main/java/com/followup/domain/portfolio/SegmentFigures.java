package com.followup.domain.portfolio;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.Ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;

/**
 * What the portfolio dashboard reads of one segment (null: the whole portfolio) over a period, counted by the
 * database: its customers today, those who bought in the period ({@code active}) and in the earlier period
 * ({@link #earlierPeriod}), those who bought in both ({@code retained}), the period's revenue, the revenue and margin
 * of the lines whose cost is known, the products each buying customer bought added up, the last 12 months' revenue
 * (for market share) and the customers lapsed today.
 */
public record SegmentFigures(Segment segment, long customers, long active, long activeBefore, long retained,
                             BigDecimal revenue, BigDecimal costedRevenue, BigDecimal margin, long productsBought,
                             BigDecimal revenue12m, long lapsed) {

    /**
     * The period retention compares with: the one just before, as long. Whole months (a month, a quarter, a year) go
     * back as many calendar months; any other range as many days.
     */
    public static DateRange earlierPeriod(DateRange period) {
        if (period.from().getDayOfMonth() == 1 && period.to().getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(period.from(), period.to());
            return new DateRange(period.from().minusMonths(months), period.from(), period.zone());
        }
        long days = ChronoUnit.DAYS.between(period.from(), period.to());
        return new DateRange(period.from().minusDays(days), period.from(), period.zone());
    }

    /** Customers who bought in the earlier period and not in this one. */
    public long lost() {
        return activeBefore - retained;
    }

    /** Customers active in both periods ÷ customers active in the earlier one. */
    public Ratio retention() {
        return new Ratio(retained, activeBefore);
    }

    /** Customers of the earlier period who did not buy again in this one ÷ customers active in the earlier one. */
    public Ratio churnRate() {
        return new Ratio(lost(), activeBefore);
    }

    /** The period's revenue per customer who bought in it; null when nobody did. */
    public BigDecimal revenuePerCustomer() {
        return active == 0 ? null : revenue.divide(BigDecimal.valueOf(active), 2, RoundingMode.HALF_UP);
    }

    /** Distinct products per customer who bought in the period, to one decimal; null when nobody did. */
    public BigDecimal productsPerCustomer() {
        return new Ratio(productsBought, active).perWhole(1).orElse(null);
    }

    /** Margin as a share of the revenue whose cost is known, to one decimal; null when no cost is known. */
    public BigDecimal marginPercent() {
        return percentOf(margin, costedRevenue);
    }

    /** This segment's share of the period's revenue of {@code all}, to one decimal. */
    public BigDecimal shareOf(SegmentFigures all) {
        return percentOf(revenue, all.revenue());
    }

    /** The last 12 months' revenue as a share of the market's yearly size that directors entered; null without it. */
    public BigDecimal marketShare(BigDecimal marketPerYear) {
        return marketPerYear == null ? null : percentOf(revenue12m, marketPerYear);
    }

    private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
