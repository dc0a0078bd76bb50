package com.followup.web.portfolio;

import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.SoldProspect;
import com.followup.domain.rule.FollowUpRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** The back door of the sale: a prospect closed as sold joins the portfolio, as {@link SoldProspect} says. */
@Component
public class CustomersFromSales {

    private final Customers customers;
    private final SalesHistory sales;
    private final FollowUpRules rules;
    private final Clock clock;
    private final Currency kept;

    CustomersFromSales(Customers customers, SalesHistory sales, FollowUpRules rules, Clock clock,
                       @Value("${followup.default-currency:MXN}") String currency) {
        this.customers = customers;
        this.sales = sales;
        this.rules = rules;
        this.clock = clock;
        this.kept = Currency.getInstance(currency);
    }

    /**
     * In the closing's transaction: the customer found or added, the item linked, the sale on their history; a
     * portfolio item's customer is won back instead, with no new sale.
     */
    @Transactional
    public void sold(Item item, long byUserId) {
        if (item.area() != Area.SALES) {
            return;
        }
        if (item.purpose() != null) {
            customers.wonBack(item.id(), byUserId, clock.instant());
            return;
        }
        List<String> types = customers.types();
        if (types.isEmpty()) {
            return;
        }
        Customer customer = customers.findOrAdd(SoldProspect.newCustomer(item, types.get(0)));
        Instant now = clock.instant();
        customers.sold(customer.id(), item.id(), item.title(), byUserId, now);
        String topic = rules.findById(item.ruleId()).map(rule -> rule.topic()).orElse(item.title());
        SoldProspect.saleLine(item, customer.id(), topic, now.atZone(item.zone()).toLocalDate(), kept)
                .ifPresent(line -> sales.add(List.of(line)));
    }
}
