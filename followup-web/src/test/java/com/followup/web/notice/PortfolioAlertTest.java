package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.OutboxMessage;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.web.portfolio.PortfolioRecompute;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The weekly portfolio alert: each Sales manager hears once a week, in their language, with links to the customers. */
@FollowupWebTest
class PortfolioAlertTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioRecompute recompute;
    @Autowired PortfolioLists lists;
    @Autowired Notices notices;
    @Autowired UserAccounts accounts;
    @Autowired NoticeWriter writer;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_sales_manager_hears_once_a_week_of_lapsed_uncovered_and_fallen_customers_in_their_language() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        notices.save(new NoticeSettings(manager.id(), "sales.boss@example.com", false, LocalTime.NOON, "es", 0));
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // five orders 10 days apart, the last 60 days ago: lapsed; the biggest buyer of the test data, so in A
        Customer lapsed = mother.withSales(mother.customer(CustomerMother.uniqueName("Lapsed"), seller.id()), today, 5, 10,
                60, "90000000");
        Customer fallen = mother.withSales(mother.customer(CustomerMother.uniqueName("Fallen"), seller.id()), today, 2, 10,
                5, "1");
        recompute.recompute();
        // last month the small customer was in A: today, in C, they moved down
        jdbc.sql("insert into customer_segment_month (customer_id, month, segment, health, revenue_12m) values (?, ?, 'A', 50, 0)"
                        + " on conflict (customer_id, month) do update set segment = 'A'")
                .params(fallen.id(), com.followup.domain.portfolio.SegmentMove.lastMonth(monday)).update();
        String segment = jdbc.sql("select segment from customer_score where customer_id = ?").param(lapsed.id())
                .query(String.class).single();
        assertThat(segment).isEqualTo("A");
        PortfolioAlertDecisions alerts = at(monday.atTime(7, 30));

        alerts.weekly();
        alerts.weekly();

        List<OutboxMessage> mine = notices.latestMessages(500).stream().filter(m -> m.recipientId() == manager.id()).toList();
        assertThat(mine).singleElement().satisfies(message -> {
            assertThat(message.kind()).isEqualTo(OutboxMessage.Kind.PORTFOLIO_WEEKLY);
            assertThat(message.subject()).startsWith("Followup: ").contains("tu atención esta semana");
            assertThat(message.body()).contains("Buenos días", "de pedir a su ritmo habitual", lapsed.name(),
                    fallen.name(), "bajó de segmento", "/portfolio?counted=MOVED_DOWN&month=",
                    "http://localhost:8080/portfolio/" + lapsed.id(), "/portfolio?counted=A_B&lapsed=true",
                    "/portfolio?counted=A_B&covered=false");
            assertThat(message.dedupKey()).startsWith("portfolio-week:" + manager.id() + ":");
        });
        assertThat(notices.latestMessages(500)).noneMatch(m -> m.kind() == OutboxMessage.Kind.PORTFOLIO_WEEKLY
                && m.recipientId() == seller.id());
        Page notifications = Page.of(mvc.perform(get("/notifications").with(as(manager)).header("Accept-Language", "es")));
        assertThat(notifications.text("main")).contains("Tu cartera esta semana");
        assertThat(notifications.select("main a[href=/portfolio/dashboard]")).isNotEmpty();
    }

    @Test
    void before_monday_at_seven_nothing_is_decided() {
        UserAccount manager = people.manager(Area.SALES);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        assertThat(at(monday.atTime(6, 59)).weekly()).isZero();
        assertThat(notices.latestMessages(500)).noneMatch(m -> m.recipientId() == manager.id());
    }

    private PortfolioAlertDecisions at(java.time.LocalDateTime moment) {
        Clock fixed = Clock.fixed(moment.atZone(clock.getZone()).toInstant(), clock.getZone());
        return new PortfolioAlertDecisions(lists, notices, accounts, writer, transactions, fixed);
    }
}
