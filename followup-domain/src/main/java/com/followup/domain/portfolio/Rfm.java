package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Behaviour: recency (days since the last order), frequency (orders in 12 months) and money (revenue in 12 months),
 * each scored 1 to 5 where 5 is best, among the customers who ever ordered. A customer at place i (0 = worst, equal
 * values share the first place of their value) of n gets 1 + (5 × i / n), rounded down.
 */
public final class Rfm {

    private Rfm() {
    }

    public record Result(int recency, int frequency, int money, RfmGroup group, List<Factor> factors) {
    }

    public static Map<Long, Result> score(List<CustomerFigures> customers, LocalDate today) {
        List<CustomerFigures> ordered = customers.stream().filter(c -> c.lastOrder() != null).toList();
        Map<Long, Integer> r = quintiles(ordered, c -> BigDecimal.valueOf(-daysSince(c, today)));
        Map<Long, Integer> f = quintiles(ordered, c -> BigDecimal.valueOf(c.orders12m()));
        Map<Long, Integer> m = quintiles(ordered, CustomerFigures::revenue12m);
        ScoringPeriod period = new ScoringPeriod(today);
        Map<Long, Result> results = new HashMap<>();
        for (CustomerFigures c : ordered) {
            long id = c.customerId();
            boolean isNew = !c.firstOrder().isBefore(period.newSince());
            RfmGroup group = group(r.get(id), f.get(id), m.get(id), isNew);
            results.put(id, new Result(r.get(id), f.get(id), m.get(id), group, List.of(
                    Factor.of("portfolio.factor.rfm.recency", daysSince(c, today), r.get(id)),
                    Factor.of("portfolio.factor.rfm.frequency", c.orders12m(), f.get(id)),
                    Factor.of("portfolio.factor.rfm.money", c.revenue12m(), m.get(id)),
                    Factor.of("portfolio.factor.rfm.group." + group))));
        }
        return results;
    }

    /** New first; then the best; the rest by how recent and how often, as most RFM tools name them. */
    public static RfmGroup group(int recency, int frequency, int money, boolean isNew) {
        if (isNew) {
            return RfmGroup.NEW;
        }
        if (recency >= 4 && frequency >= 4) {
            return RfmGroup.CHAMPIONS;
        }
        if (recency >= 3 && frequency >= 3) {
            return RfmGroup.LOYAL;
        }
        if (recency >= 3) {
            return RfmGroup.NEEDS_ATTENTION;
        }
        if (frequency >= 4 && money >= 4) {
            return RfmGroup.CANT_LOSE;
        }
        return frequency >= 3 ? RfmGroup.AT_RISK : RfmGroup.HIBERNATING;
    }

    static long daysSince(CustomerFigures customer, LocalDate today) {
        return ChronoUnit.DAYS.between(customer.lastOrder(), today);
    }

    private static Map<Long, Integer> quintiles(List<CustomerFigures> customers, Function<CustomerFigures, BigDecimal> value) {
        List<BigDecimal> sorted = customers.stream().map(value).sorted().toList();
        Map<Long, Integer> scores = new HashMap<>();
        for (CustomerFigures customer : customers) {
            scores.put(customer.customerId(), 1 + 5 * firstPlaceOf(sorted, value.apply(customer)) / sorted.size());
        }
        return scores;
    }

    private static int firstPlaceOf(List<BigDecimal> sorted, BigDecimal value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).compareTo(value) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
