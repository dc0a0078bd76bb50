package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.CustomerFigures;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ScoringPeriod;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Health reads the receivables and follow-ups of the items linked to the customer, whatever name they carry. */
@FollowupWebTest
class HealthFactorsTest {

    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_customers_overdue_invoice_and_late_follow_up_count_by_the_customer_the_items_belong_to_not_by_name() {
        UserAccount seller = people.staff(Area.SALES);
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Hotel Sierra SA"), seller.id());
        // both items name their counterpart "ACME", as a sold prospect or an invoice of another spelling would
        Item prospect = mother.prospect(seller.id(), Duration.ofDays(3));
        Item invoice = mother.invoice(seller.id(), false);
        jdbc.sql("update item set customer_id = ? where id in (?, ?)").params(customer.id(), prospect.id(), invoice.id()).update();
        jdbc.sql("update item set deadline = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(2))), invoice.id()).update();

        CustomerFigures read = figures.figures(new ScoringPeriod(LocalDate.now(clock))).stream()
                .filter(f -> f.customerId() == customer.id()).findFirst().orElseThrow();

        assertThat(read.overdueReceivables()).isEqualTo(1);
        // the prospect's first contact fell due at its start, three days ago, and is not done; the invoice's is not due yet
        assertThat(read.followUpsDue90()).isEqualTo(1);
        assertThat(read.followUpsOnTime90()).isZero();
    }
}
