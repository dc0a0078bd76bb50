package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's own rhythm: the median number of days between their orders. With at least {@value #LEAST_ORDERS}
 * orders, a customer whose days since the last order exceed twice that median has lapsed. Churned: no order in the
 * last 12 months (but some before).
 */
public record Lapse(boolean lapsed, boolean churned, BigDecimal medianGapDays, Long daysSinceLastOrder, List<Factor> factors) {

    public static final int LEAST_ORDERS = 3;

    public static Lapse of(List<LocalDate> orderDays, LocalDate today) {
        if (orderDays.isEmpty()) {
            return new Lapse(false, false, null, null, List.of(Factor.of("portfolio.factor.lapse.none")));
        }
        LocalDate last = orderDays.get(orderDays.size() - 1);
        long since = ChronoUnit.DAYS.between(last, today);
        boolean churned = last.isBefore(new ScoringPeriod(today).yearStart());
        BigDecimal median = medianGap(orderDays);
        List<Factor> factors = new ArrayList<>();
        boolean lapsed = false;
        if (orderDays.size() < LEAST_ORDERS) {
            factors.add(Factor.of("portfolio.factor.lapse.fewOrders", orderDays.size(), LEAST_ORDERS));
        } else {
            lapsed = BigDecimal.valueOf(since).compareTo(median.multiply(BigDecimal.valueOf(2))) > 0;
            factors.add(Factor.of(lapsed ? "portfolio.factor.lapse.lapsed" : "portfolio.factor.lapse.onRhythm", since,
                    median, median.multiply(BigDecimal.valueOf(2))));
        }
        factors.add(Factor.of(churned ? "portfolio.factor.lapse.churned" : "portfolio.factor.lapse.active", last));
        return new Lapse(lapsed, churned, median, since, factors);
    }

    /** The median of the gaps between consecutive order days; null with fewer than two orders. */
    static BigDecimal medianGap(List<LocalDate> orderDays) {
        if (orderDays.size() < 2) {
            return null;
        }
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < orderDays.size(); i++) {
            gaps.add(ChronoUnit.DAYS.between(orderDays.get(i - 1), orderDays.get(i)));
        }
        gaps.sort(null);
        int middle = gaps.size() / 2;
        BigDecimal median = gaps.size() % 2 == 1 ? BigDecimal.valueOf(gaps.get(middle))
                : BigDecimal.valueOf(gaps.get(middle - 1) + gaps.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return median.stripTrailingZeros().scale() <= 0 ? median.setScale(0, RoundingMode.UNNECESSARY) : median;
    }
}
