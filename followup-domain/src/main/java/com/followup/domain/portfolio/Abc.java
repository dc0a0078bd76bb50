package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value today. Customers sorted by revenue (or margin) of the last 12 months, largest first: a customer is A while
 * the customers before it make less than {@code aShare} % of the total, B while less than aShare + bShare %, else C.
 * Customers with nothing (or less) are C.
 */
public record Abc(int aShare, int bShare, Basis basis) {

    public enum Basis { REVENUE, MARGIN }

    public static final Abc USUAL = new Abc(80, 15, Basis.REVENUE);

    public Abc {
        if (aShare < 1 || bShare < 0 || aShare + bShare > 100) {
            throw new IllegalArgumentException("shares must be 1..100 and add up to at most 100: " + aShare + ", " + bShare);
        }
    }

    public record Result(Segment segment, List<Factor> factors) {
    }

    public Map<Long, Result> classify(List<CustomerFigures> customers) {
        List<CustomerFigures> sorted = customers.stream()
                .sorted(Comparator.comparing(this::value).reversed().thenComparing(CustomerFigures::customerId)).toList();
        BigDecimal total = sorted.stream().map(this::value).filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, Result> results = new HashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        for (CustomerFigures customer : sorted) {
            BigDecimal value = value(customer);
            Segment segment = Segment.C;
            BigDecimal share = BigDecimal.ZERO;
            BigDecimal cumulative = percent(before, total);
            if (value.signum() > 0) {
                share = percent(value, total);
                segment = cumulative.compareTo(BigDecimal.valueOf(aShare)) < 0 ? Segment.A
                        : cumulative.compareTo(BigDecimal.valueOf(aShare + bShare)) < 0 ? Segment.B : Segment.C;
                before = before.add(value);
            }
            results.put(customer.customerId(), new Result(segment, List.of(
                    Factor.of("portfolio.factor.abc.value." + basis, value.setScale(2, RoundingMode.HALF_UP)),
                    Factor.of("portfolio.factor.abc.share", share),
                    Factor.of("portfolio.factor.abc.before", cumulative, aShare, aShare + bShare))));
        }
        return results;
    }

    private BigDecimal value(CustomerFigures customer) {
        BigDecimal value = basis == Basis.MARGIN ? customer.margin12m() : customer.revenue12m();
        return value == null ? BigDecimal.ZERO : value;
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
