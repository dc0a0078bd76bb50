package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.CustomerFigures;
import com.followup.domain.portfolio.CustomerScores;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerQuery;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ScoringPeriod;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class PortfolioStorageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioFigures figures;
    @Autowired PortfolioLists lists;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void the_recompute_reads_each_customers_sales_summed_by_postgresql_and_stores_scores_with_their_month() {
        long owner = owner();
        Customer big = customer("Big " + System.nanoTime(), owner, ServiceChannel.VISIT);
        Customer small = customer("Small " + System.nanoTime(), owner, ServiceChannel.CALL);
        sales.add(List.of(line(big, TODAY.minusMonths(14), "Chairs", "1000", "600"),
                line(big, TODAY.minusDays(40), "Desks", "5000", "3000"),
                line(big, TODAY.minusDays(40), "Chairs", "1000", null),
                line(big, TODAY.minusDays(10), "Desks", "4000", "2500"),
                line(small, TODAY.minusDays(5), "Chairs", "500", "400")));

        List<CustomerFigures> read = figures.figures(new ScoringPeriod(TODAY));
        CustomerFigures bigFigures = read.stream().filter(f -> f.customerId() == big.id()).findFirst().orElseThrow();

        // 14 months ago is outside the year; 40 days ago is one order of two lines; margin only where cost is known
        assertThat(bigFigures.revenue12m()).isEqualByComparingTo("10000");
        assertThat(bigFigures.margin12m()).isEqualByComparingTo("3500");
        assertThat(bigFigures.orders12m()).isEqualTo(2);
        assertThat(bigFigures.orderDays()).containsExactly(TODAY.minusMonths(14), TODAY.minusDays(40), TODAY.minusDays(10));
        assertThat(bigFigures.revenueQuarter()).isEqualByComparingTo("10000");
        assertThat(bigFigures.families12m()).containsExactlyInAnyOrder("Desks", "Chairs");

        List<CustomerScores> scores = figures.scoring().score(read, TODAY);
        figures.store(scores, TODAY);
        figures.store(scores, TODAY);

        PortfolioLists.CustomerCard card = lists.card(big.id()).orElseThrow();
        assertThat(card.scores().segment()).isEqualTo(Segment.A);
        assertThat(card.scores().factors()).containsKeys(CustomerScores.Score.ABC, CustomerScores.Score.HEALTH);
        assertThat(lists.segmentHistory(big.id(), 12)).singleElement()
                .satisfies(month -> assertThat(month.month()).isEqualTo(LocalDate.of(2026, 12, 1)));
        assertThat(lists.search(new CustomerQuery(Segment.A, null, owner, null, null, null, null, PortfolioLists.Sort.REVENUE, 0, 10))
                .rows()).extracting(PortfolioLists.CustomerRow::id).containsExactly(big.id());
    }

    @Test
    void a_customers_sales_read_by_month_and_by_product() {
        Customer customer = customer("Monthly " + System.nanoTime(), owner(), ServiceChannel.EMAIL);
        sales.add(List.of(line(customer, LocalDate.of(2026, 10, 3), "Chairs", "100", "60"),
                line(customer, LocalDate.of(2026, 10, 20), "Desks", "300", null),
                line(customer, LocalDate.of(2026, 12, 1), "Chairs", "50", "20")));

        assertThat(sales.byMonth(customer.id(), YearMonth.of(2026, 10), YearMonth.of(2026, 12)))
                .extracting(m -> m.revenue().intValue(), SalesHistory.MonthSales::orders)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(400, 2), org.assertj.core.groups.Tuple.tuple(0, 0),
                        org.assertj.core.groups.Tuple.tuple(50, 1));
        assertThat(sales.products(customer.id(), 10)).extracting(SalesHistory.ProductBought::product)
                .containsExactly("Desks", "Chairs");
    }

    @Test
    void a_stale_edit_of_a_customer_is_refused() {
        Customer saved = customer("Stale " + System.nanoTime(), owner(), ServiceChannel.CALL);
        Customer renamed = customers.save(new Customer(saved.id(), saved.name() + " SA", null, "Retail", "North",
                saved.ownerId(), ServiceChannel.VISIT, new BigDecimal("1000"), saved.version()));

        assertThat(renamed.version()).isGreaterThan(saved.version());
        assertThat(customers.findByName(renamed.name().toUpperCase())).contains(renamed);
        assertThatThrownBy(() -> customers.save(saved)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(customers.types()).contains("Industry", "Retail");
    }

    private long owner() {
        return accounts.save(UserAccount.create("owner" + System.nanoTime() % 1_000_000, "Owner", "{noop}x", Role.STAFF,
                Set.of(Area.SALES))).id();
    }

    private Customer customer(String name, long owner, ServiceChannel channel) {
        return customers.save(new Customer(null, name, null, "Industry", "North", owner, channel, null, 0));
    }

    private static SaleLine line(Customer customer, LocalDate day, String product, String amount, String cost) {
        return new SaleLine(null, customer.id(), day, product, product, BigDecimal.ONE, Money.of(amount, "MXN"),
                cost == null ? null : new BigDecimal(cost));
    }
}
