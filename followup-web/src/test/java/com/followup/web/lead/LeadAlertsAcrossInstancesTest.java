package com.followup.web.lead;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.ResponseTier;
import com.followup.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database deciding lead alerts at the same moment: each alert goes once. */
class LeadAlertsAcrossInstancesTest {

    @Test
    void two_instances_deciding_together_send_each_lead_alert_once_and_hand_a_lead_over_once() throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
            int leadsCount = 8;
            company(first, leadsCount);

            for (int round = 0; round < 3; round++) {
                runTogether(first, second);
            }

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // per lead: arrival to its owner, breach to the one Sales manager, hand-over to the other seller
            assertThat(jdbc.sql("select count(*) from outbox_message where dedup_key like 'lead:%'").query(Long.class).single())
                    .isEqualTo(3L * leadsCount);
            assertThat(jdbc.sql("select count(*) from lead_alert").query(Long.class).single()).isEqualTo(3L * leadsCount);
            assertThat(jdbc.sql("select count(*) from lead_event where kind = 'REASSIGNED'").query(Long.class).single())
                    .isEqualTo(leadsCount);
            assertThat(jdbc.sql("select count(*) from notification where dedup_key like 'lead:%'").query(Long.class).single())
                    .isEqualTo(3L * leadsCount);
        }
    }

    private static void runTogether(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(() -> decide(first, together)), pool.submit(() -> decide(second, together)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int decide(ConfigurableApplicationContext app, CyclicBarrier together) throws Exception {
        together.await();
        return app.getBean(LeadAlertDecisions.class).decide();
    }

    /**
     * A Sales manager, a team of two sellers taking turns, automatic reassignment on, and {@code count} leads that
     * arrived five days ago and were never answered.
     */
    private static void company(ConfigurableApplicationContext app, int count) {
        UserAccounts accounts = app.getBean(UserAccounts.class);
        accounts.save(UserAccount.create("boss", "Berta Boss", "{noop}x", Role.MANAGER, Set.of(Area.SALES)));
        UserAccount ana = accounts.save(UserAccount.create("ana", "Ana", "{noop}x", Role.STAFF, Set.of(Area.SALES)));
        UserAccount beto = accounts.save(UserAccount.create("beto", "Beto", "{noop}x", Role.STAFF, Set.of(Area.SALES)));
        Leads leads = app.getBean(Leads.class);
        long source = leads.addSource("Website", ResponseTier.HOT, null, List.of(ana.id(), beto.id())).id();
        LeadSettings settings = app.getBean(LeadSettings.class);
        CompanyHours hours = settings.hours();
        settings.save(new CompanyHours(hours.zone(), hours.opens(), hours.closes(), hours.days(), true, hours.version()));
        LeadIntake intake = app.getBean(LeadIntake.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Timestamp fiveDaysAgo = Timestamp.from(Instant.now().minus(Duration.ofDays(5)));
        for (int i = 0; i < count; i++) {
            long id = intake.take(new LeadDraft("Person " + i, "person" + i + "@example.com", null, null, null, source,
                    null, true), UUID.randomUUID(), null).lead().id();
            jdbc.sql("update lead set arrived_at = ?, halfway_at = ?, respond_by = ? where id = ?")
                    .params(fiveDaysAgo, fiveDaysAgo, fiveDaysAgo, id).update();
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database database) {
        return new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--followup.jobs.enabled=false",
                "--followup.demo-data=false");
    }
}
