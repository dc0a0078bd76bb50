package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the scores of one customer are computed from, aggregated by storage over a {@link ScoringPeriod}: the days
 * they ordered (all history, ascending), revenue and known margin of the last 12 months, the last 3 months against
 * the same months a year before, families bought in 12 months, overdue receivables and their follow-ups of 90 days.
 */
public record CustomerFigures(long customerId, String type, String region, ServiceChannel channel,
                              BigDecimal potentialPerYear, List<LocalDate> orderDays, BigDecimal revenue12m,
                              BigDecimal margin12m, int orders12m, BigDecimal revenueQuarter,
                              BigDecimal revenueQuarterYearBefore, Set<String> families12m, int overdueReceivables,
                              int followUpsDue90, int followUpsOnTime90) {

    public CustomerFigures {
        orderDays = List.copyOf(orderDays);
        families12m = Set.copyOf(families12m);
    }

    public LocalDate lastOrder() {
        return orderDays.isEmpty() ? null : orderDays.get(orderDays.size() - 1);
    }

    public LocalDate firstOrder() {
        return orderDays.isEmpty() ? null : orderDays.get(0);
    }

    public boolean boughtIn12Months() {
        return orders12m > 0;
    }
}
