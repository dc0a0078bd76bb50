package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where not to spend time: margin of the last 12 months minus what serving them cost (orders × the cost per order
 * of their channel). Least profitable when that is negative, or among the lowest tenth (the n/10 lowest, rounded
 * down) of the customers whose margin is known and who bought in 12 months. Without a known cost nobody can tell.
 */
public record LeastProfitable(Map<ServiceChannel, BigDecimal> costPerOrder) {

    public LeastProfitable {
        costPerOrder = Map.copyOf(costPerOrder);
    }

    public record Result(boolean leastProfitable, BigDecimal marginAfterService, List<Factor> factors) {
    }

    public Map<Long, Result> judge(List<CustomerFigures> customers) {
        List<CustomerFigures> judged = customers.stream()
                .filter(c -> c.boughtIn12Months() && c.margin12m() != null)
                .sorted(Comparator.comparing(this::marginAfterService).thenComparing(CustomerFigures::customerId))
                .toList();
        int lowestTenth = judged.size() / 10;
        Map<Long, Result> results = new HashMap<>();
        for (int i = 0; i < judged.size(); i++) {
            CustomerFigures customer = judged.get(i);
            BigDecimal cost = costOf(customer.channel());
            BigDecimal net = marginAfterService(customer);
            boolean least = net.signum() < 0 || i < lowestTenth;
            results.put(customer.customerId(), new Result(least, net, List.of(
                    Factor.of("portfolio.factor.cost.margin", scaled(customer.margin12m())),
                    Factor.of("portfolio.factor.cost.service", customer.orders12m(), customer.channel(), scaled(cost)),
                    Factor.of(least ? "portfolio.factor.cost.least" : "portfolio.factor.cost.fine", scaled(net), i + 1,
                            judged.size()))));
        }
        return results;
    }

    private BigDecimal marginAfterService(CustomerFigures customer) {
        return customer.margin12m().subtract(costOf(customer.channel()).multiply(BigDecimal.valueOf(customer.orders12m())));
    }

    private BigDecimal costOf(ServiceChannel channel) {
        return costPerOrder.getOrDefault(channel, BigDecimal.ZERO);
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
