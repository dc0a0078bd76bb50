package com.followup.web.portfolio;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.persistence.testing.TestDatabase;
import com.followup.web.support.CustomerMother;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database generating the portfolio's follow-ups at the same moment: each item once. */
class ServiceFollowUpsAcrossInstancesTest {

    @Test
    void two_instances_generating_together_make_one_service_item_per_customer_one_lapse_item_per_lapse_and_each_rule_once()
            throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
            portfolio(first);

            for (int round = 0; round < 3; round++) {
                runTogether(first, second);
            }

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from customer")).isEqualTo(8);
            assertThat(count(jdbc, "select count(*) from item where portfolio_purpose = 'SERVICE'")).isEqualTo(8);
            assertThat(count(jdbc, "select count(distinct customer_id) from item where portfolio_purpose = 'SERVICE'")).isEqualTo(8);
            // the four customers whose last order was 60 days ago after orders every 20 days
            assertThat(count(jdbc, "select count(*) from item where portfolio_purpose = 'LAPSE'")).isEqualTo(4);
            assertThat(count(jdbc, "select count(*) from item_change where kind = 'CREATED'")).isEqualTo(12);
            assertThat(count(jdbc, "select count(*) from portfolio_rule")).isEqualTo(4);
            assertThat(count(jdbc, "select count(*) from follow_up_rule")).isEqualTo(4);
            assertThat(count(jdbc, "select count(*) from kpi")).isEqualTo(1);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void runTogether(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ServiceFollowUps.Generated>> runs = List.of(pool.submit(() -> generate(first, together)),
                    pool.submit(() -> generate(second, together)));
            for (Future<ServiceFollowUps.Generated> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ServiceFollowUps.Generated generate(ConfigurableApplicationContext app, CyclicBarrier together) throws Exception {
        together.await();
        return app.getBean(ServiceFollowUps.class).generate("nightly");
    }

    /** Two account owners with four customers each: half ordering regularly, half lapsed; scored once. */
    private static void portfolio(ConfigurableApplicationContext app) {
        UserAccounts accounts = app.getBean(UserAccounts.class);
        UserAccount ana = accounts.save(UserAccount.create("ana", "Ana", "{noop}x", Role.STAFF, Set.of(Area.SALES)));
        UserAccount beto = accounts.save(UserAccount.create("beto", "Beto", "{noop}x", Role.STAFF, Set.of(Area.SALES)));
        CustomerMother mother = new CustomerMother(app.getBean(Customers.class), app.getBean(SalesHistory.class));
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 8; i++) {
            long owner = i % 2 == 0 ? ana.id() : beto.id();
            mother.withSales(mother.customer(CustomerMother.uniqueName("Customer"), owner), today, 5, 20, i < 4 ? 5 : 60,
                    String.valueOf(1000 * (i + 1)));
        }
        app.getBean(PortfolioRecompute.class).recompute();
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database database) {
        return new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--followup.jobs.enabled=false",
                "--followup.demo-data=false");
    }
}
