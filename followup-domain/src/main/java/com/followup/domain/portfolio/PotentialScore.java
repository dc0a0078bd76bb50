package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Value tomorrow, for B and C customers, 0 to 100: up to 40 points for the gap between the potential entered and
 * revenue of 12 months (share of the potential not bought yet), and up to 15 each for resembling today's A
 * customers: the share of A customers of the same type, the share of them in the same region, the share of the
 * families A customers buy that this one buys too, and orders against the A customers' median (capped at 1).
 */
public final class PotentialScore {

    public static final int GAP_POINTS = 40;
    public static final int RESEMBLANCE_POINTS = 15;

    private final int aCount;
    /** How many A customers there are of each type and in each region, counted once rather than for every customer. */
    private final Map<String, Integer> aTypes = new HashMap<>();
    private final Map<String, Integer> aRegions = new HashMap<>();
    private final Set<String> aFamilies = new HashSet<>();
    private final double aMedianOrders;

    public record Result(int score, List<Factor> factors) {
    }

    public PotentialScore(List<CustomerFigures> aCustomers) {
        this.aCount = aCustomers.size();
        for (CustomerFigures a : aCustomers) {
            aTypes.merge(a.type(), 1, Integer::sum);
            aRegions.merge(a.region(), 1, Integer::sum);
            aFamilies.addAll(a.families12m());
        }
        List<Integer> orders = aCustomers.stream().map(CustomerFigures::orders12m).sorted().toList();
        int n = orders.size();
        aMedianOrders = n == 0 ? 0 : n % 2 == 1 ? orders.get(n / 2) : (orders.get(n / 2 - 1) + orders.get(n / 2)) / 2.0;
    }

    public Result score(CustomerFigures customer) {
        BigDecimal potential = customer.potentialPerYear();
        double gap = potential == null || potential.signum() <= 0 ? 0
                : Math.max(0, potential.subtract(customer.revenue12m()).doubleValue() / potential.doubleValue());
        double type = share(aTypes, customer.type());
        double region = customer.region() == null ? 0 : share(aRegions, customer.region());
        double products = aFamilies.isEmpty() ? 0
                : (double) customer.families12m().stream().filter(aFamilies::contains).count() / aFamilies.size();
        double frequency = aMedianOrders == 0 ? 0 : Math.min(1, customer.orders12m() / aMedianOrders);
        int gapPoints = points(GAP_POINTS, gap);
        int typePoints = points(RESEMBLANCE_POINTS, type);
        int regionPoints = points(RESEMBLANCE_POINTS, region);
        int productPoints = points(RESEMBLANCE_POINTS, products);
        int frequencyPoints = points(RESEMBLANCE_POINTS, frequency);
        return new Result(gapPoints + typePoints + regionPoints + productPoints + frequencyPoints, List.of(
                potential == null || potential.signum() <= 0 ? Factor.of("portfolio.factor.potential.noPotential")
                        : Factor.of("portfolio.factor.potential.gap", customer.revenue12m(), potential, gapPoints),
                Factor.of("portfolio.factor.potential.type", percent(type), typePoints),
                Factor.of("portfolio.factor.potential.region", percent(region), regionPoints),
                Factor.of("portfolio.factor.potential.products", percent(products), productPoints),
                Factor.of("portfolio.factor.potential.frequency", customer.orders12m(),
                        BigDecimal.valueOf(aMedianOrders).stripTrailingZeros().toPlainString(), frequencyPoints)));
    }

    /** The share of A customers with the same value (of type or region). */
    private double share(Map<String, Integer> counts, String value) {
        return aCount == 0 ? 0 : (double) counts.getOrDefault(value, 0) / aCount;
    }

    private static int points(int most, double share) {
        return (int) Math.round(most * share);
    }

    private static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, RoundingMode.HALF_UP);
    }
}
