package com.followup.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Sales (items closed as sold) added up day by day through a month, against the month's goal and beside last month's
 * running total to the same day of the month (source 001: "total acumulado", this month against last month). Sales
 * are counted by the day they closed in the company's zone. Amounts are added up per currency, never converted; a sale
 * without an amount counts as a sale and adds no money. The goal to date is the month's goal spread evenly over its
 * days; a goal of money is in the company's currency.
 *
 * @param month     the whole month shown
 * @param through   the last day added up: today in the current month, else the month's last day
 * @param currency  the company's currency, which the goal of money and last month's amount are in
 * @param currencies every currency with sales this month or last, the company's first
 */
public record SalesRunningTotal(DateRange month, LocalDate through, String currency, BigDecimal salesGoal,
                                BigDecimal amountGoal, List<Day> days, List<String> currencies) {

    /** The sales of one day in one currency; {@code currency} null for sales without an amount. */
    public record DailySales(LocalDate day, String currency, long sales, BigDecimal amount) {
    }

    /**
     * One day of the month: the sales and amounts from the 1st to it, what the goal asks by then, and last month from
     * its 1st to the same day ({@code lastMonthDay}, its last day when it is shorter).
     */
    public record Day(LocalDate day, long sales, BigDecimal salesGoalToDate, Map<String, BigDecimal> amounts,
                      BigDecimal amountGoalToDate, LocalDate lastMonthDay, long lastMonthSales,
                      Map<String, BigDecimal> lastMonthAmounts) {

        /** The amount to date in a currency, zero when none was sold in it. */
        public BigDecimal amount(String currency) {
            return amounts.getOrDefault(currency, BigDecimal.ZERO);
        }

        public BigDecimal lastMonthAmount(String currency) {
            return lastMonthAmounts.getOrDefault(currency, BigDecimal.ZERO);
        }
    }

    /** The month a chosen period shows: that of its last day, or of today when it ends later. */
    public static DateRange monthShown(DateRange chosen, LocalDate today) {
        LocalDate last = chosen.last().isAfter(today) ? today : chosen.last();
        return DateRange.monthOf(last, chosen.zone());
    }

    /** The days whose sales the running totals need: from the 1st of last month to the end of {@code through}. */
    public static DateRange daysRead(DateRange month, LocalDate today) {
        return new DateRange(month.from().minusMonths(1), through(month, today).plusDays(1), month.zone());
    }

    /**
     * Adds up {@code sales} (the days of {@link #daysRead}) for the month; {@code salesGoal} and {@code amountGoal}
     * are the month's goals (null: none).
     */
    public static SalesRunningTotal of(DateRange month, LocalDate today, List<DailySales> sales, String currency,
                                       BigDecimal salesGoal, BigDecimal amountGoal) {
        Objects.requireNonNull(currency, "currency");
        LocalDate through = through(month, today);
        LocalDate lastMonthFirst = month.from().minusMonths(1);
        int daysInMonth = month.from().lengthOfMonth();
        TreeSet<String> others = new TreeSet<>();
        List<Day> days = new ArrayList<>();
        for (LocalDate day = month.from(); !day.isAfter(through); day = day.plusDays(1)) {
            LocalDate lastMonthDay = lastMonthFirst.plusDays(Math.min(day.getDayOfMonth(), lastMonthFirst.lengthOfMonth()) - 1);
            Map<String, BigDecimal> amounts = amounts(sales, month.from(), day);
            Map<String, BigDecimal> lastAmounts = amounts(sales, lastMonthFirst, lastMonthDay);
            others.addAll(amounts.keySet());
            others.addAll(lastAmounts.keySet());
            days.add(new Day(day, count(sales, month.from(), day), toDate(salesGoal, day, daysInMonth), amounts,
                    toDate(amountGoal, day, daysInMonth), lastMonthDay, count(sales, lastMonthFirst, lastMonthDay),
                    lastAmounts));
        }
        others.remove(currency);
        List<String> currencies = new ArrayList<>(List.of(currency));
        currencies.addAll(others);
        return new SalesRunningTotal(month, through, currency, salesGoal, amountGoal, List.copyOf(days),
                List.copyOf(currencies));
    }

    /** The last day added up, today's totals in the current month. */
    public Day latest() {
        return days.get(days.size() - 1);
    }

    /** The sales to date as a share of the month's goal; null without a goal. */
    public BigDecimal salesPercentOfGoal() {
        return KpiPrecision.percentOfTarget(BigDecimal.valueOf(latest().sales()), salesGoal);
    }

    /** The amount to date in the company's currency as a share of the month's goal of money; null without one. */
    public BigDecimal amountPercentOfGoal() {
        return KpiPrecision.percentOfTarget(latest().amount(currency), amountGoal);
    }

    private static LocalDate through(DateRange month, LocalDate today) {
        return today.isBefore(month.last()) ? (today.isBefore(month.from()) ? month.from() : today) : month.last();
    }

    /** The goal spread evenly over the month: what it asks by the end of {@code day}. */
    private static BigDecimal toDate(BigDecimal goal, LocalDate day, int daysInMonth) {
        if (goal == null) {
            return null;
        }
        BigDecimal share = goal.multiply(BigDecimal.valueOf(day.getDayOfMonth()))
                .divide(BigDecimal.valueOf(daysInMonth), KpiPrecision.TARGET_DECIMALS, RoundingMode.HALF_UP);
        return share.signum() == 0 ? BigDecimal.ZERO : share.stripTrailingZeros();
    }

    private static long count(List<DailySales> sales, LocalDate first, LocalDate last) {
        return sales.stream().filter(s -> within(s.day(), first, last)).mapToLong(DailySales::sales).sum();
    }

    private static Map<String, BigDecimal> amounts(List<DailySales> sales, LocalDate first, LocalDate last) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (DailySales s : sales) {
            if (s.currency() != null && s.amount() != null && within(s.day(), first, last)) {
                amounts.merge(s.currency(), s.amount(), BigDecimal::add);
            }
        }
        return amounts;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
