package com.followup.web.support;

import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ServiceChannel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Customers with a name of their own and sales every {@code gap} days, for tests that read the portfolio. */
public final class CustomerMother {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Customers customers;
    private final SalesHistory sales;

    public CustomerMother(Customers customers, SalesHistory sales) {
        this.customers = customers;
        this.sales = sales;
    }

    public static String uniqueName(String start) {
        return start + " " + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public Customer customer(String name, long ownerId) {
        return customers.save(new Customer(null, name, null, "Industry", "North", ownerId, ServiceChannel.CALL,
                new BigDecimal("500000"), 0));
    }

    /** {@code orders} orders of {@code amount} each, {@code gap} days apart, the last {@code lastAgo} days before today. */
    public Customer withSales(Customer customer, LocalDate today, int orders, int gap, int lastAgo, String amount) {
        List<SaleLine> lines = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            BigDecimal value = new BigDecimal(amount);
            lines.add(new SaleLine(null, customer.id(), today.minusDays(lastAgo + (long) i * gap), i % 2 == 0 ? "Desk" : "Chair",
                    "Furniture", BigDecimal.ONE, new Money(value, java.util.Currency.getInstance("MXN")),
                    value.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        sales.add(lines);
        return customer;
    }
}
