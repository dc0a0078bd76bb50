package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What customers bought, line by line, and what a customer's page reads of it. */
public interface SalesHistory {

    void add(List<SaleLine> lines);

    /** Revenue, known margin and orders of each month from {@code from} on, oldest first; months without sales too. */
    List<MonthSales> byMonth(long customerId, YearMonth from, YearMonth to);

    /** The families and products a customer bought, most revenue first. */
    List<ProductBought> products(long customerId, int most);

    record MonthSales(YearMonth month, BigDecimal revenue, BigDecimal margin, int orders) {
    }

    record ProductBought(String family, String product, BigDecimal quantity, BigDecimal revenue, LocalDate lastBought) {
    }
}
