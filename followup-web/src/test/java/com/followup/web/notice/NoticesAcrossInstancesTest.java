package com.followup.web.notice;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database, doing the scheduled work at the same moment: each message goes once. */
class NoticesAcrossInstancesTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeAll
    static void startMail() {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void two_instances_running_the_jobs_together_send_each_message_exactly_once() throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        int before = MAIL.getReceivedMessages().length;
        try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
            int expected = company(first, 6);

            for (int round = 0; round < 3; round++) {
                runTogether(first, second);
            }

            assertThat(MAIL.getReceivedMessages().length - before).isEqualTo(expected);
            assertThat(first.getBean(Notices.class).latestMessages(100)).hasSize(expected)
                    .allSatisfy(message -> assertThat(message.sentAt()).isNotNull());
        }
    }

    @Test
    void a_restart_between_deciding_and_sending_neither_loses_nor_repeats_a_message() throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        int before = MAIL.getReceivedMessages().length;
        int expected;
        try (ConfigurableApplicationContext crashed = start(database)) {
            expected = company(crashed, 2);
            NoticeDecisions decisions = crashed.getBean(NoticeDecisions.class);
            decisions.digests();
            decisions.escalations();
            // the instance stops here, after deciding and before sending
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            NoticeDecisions decisions = restarted.getBean(NoticeDecisions.class);
            decisions.digests();
            decisions.escalations();
            restarted.getBean(OutboxSender.class).sendPending();
            restarted.getBean(OutboxSender.class).sendPending();
        }

        assertThat(MAIL.getReceivedMessages().length - before).isEqualTo(expected);
    }

    private static void runTogether(ConfigurableApplicationContext first, ConfigurableApplicationContext second)
            throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> runs = List.of(pool.submit(() -> jobs(first, together)), pool.submit(() -> jobs(second, together)));
            for (Future<Object> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object jobs(ConfigurableApplicationContext app, CyclicBarrier together) throws Exception {
        together.await();
        NoticeDecisions decisions = app.getBean(NoticeDecisions.class);
        decisions.escalations();
        decisions.digests();
        app.getBean(OutboxSender.class).sendPending();
        return null;
    }

    /**
     * A manager of Sales and {@code sellers} sellers, each with a digest and one prospect overdue for three days:
     * one digest per seller and one escalation per prospect are due.
     */
    private static int company(ConfigurableApplicationContext app, int sellers) {
        UserAccounts accounts = app.getBean(UserAccounts.class);
        Notices notices = app.getBean(Notices.class);
        Items items = app.getBean(Items.class);
        long kpi = app.getBean(Kpis.class).save(Kpi.define(Area.SALES, "New sales", "sales", BigDecimal.TEN, KpiPeriod.MONTH)).id();
        FollowUpRule rule = app.getBean(FollowUpRules.class).save(FollowUpRule.define(new RuleDraft(Area.SALES, "Prospects",
                "Close", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), kpi, Duration.ofDays(2), List.of("Lead"))),
                "test");
        UserAccount manager = accounts.save(UserAccount.create("boss", "Berta Boss", "{noop}x", Role.MANAGER, Set.of(Area.SALES)));
        notices.save(new NoticeSettings(manager.id(), "boss@example.com", false, LocalTime.NOON, "en", 0));
        for (int i = 0; i < sellers; i++) {
            UserAccount seller = accounts.save(UserAccount.create("seller" + i, "Seller " + i, "{noop}x", Role.STAFF,
                    Set.of(Area.SALES)));
            notices.save(new NoticeSettings(seller.id(), "seller" + i + "@example.com", true, LocalTime.MIDNIGHT, "en", 0));
            items.save(Item.open(rule, "Prospect " + i, Counterpart.named("ACME"), seller.id(), null,
                    new ItemDetails.SalesDetails("Referral", 3, 50, null), ZonedDateTime.now().minusDays(3), seller.id()));
        }
        return sellers * 2;
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database database) {
        return new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--followup.jobs.enabled=false",
                "--followup.demo-data=false", "--spring.mail.host=localhost",
                "--spring.mail.port=" + MAIL.getSmtp().getPort());
    }
}
