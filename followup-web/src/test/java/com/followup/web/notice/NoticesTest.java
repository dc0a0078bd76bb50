package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemChange;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
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
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Digests, escalations and fast-rule notices through a real SMTP server (GreenMail) in the test JVM. */
@FollowupWebTest
class NoticesTest {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("followup.base-url", () -> "https://followup.example.com");
    }

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired FollowUpRules rules;
    @Autowired Notices notices;
    @Autowired NoticeDecisions decisions;
    @Autowired OutboxSender sender;
    @Autowired Clock clock;

    @BeforeEach
    void emptyMailbox() throws Exception {
        sendEverything();
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_digest_lists_what_is_due_in_the_persons_language_with_links_and_goes_once_a_day() throws Exception {
        UserAccount ana = people.staff(Area.SALES);
        Item overdue = mother.prospect(ana.id(), Duration.ofDays(1));
        notices.save(new NoticeSettings(ana.id(), "ana@example.com", true, LocalTime.MIDNIGHT, "es", 0));

        decisions.digests();
        decisions.digests();
        sender.sendPending();

        List<MimeMessage> received = to("ana@example.com");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Followup: 1 seguimiento para hoy o atrasados");
        assertThat(GreenMailUtil.getBody(received.get(0))).contains("Buenos d", "1 seguimiento est", overdue.title(),
                "https://followup.example.com/items/" + overdue.id());
        assertThat(received.get(0).getMessageID()).contains("digest:" + ana.id());
    }

    @Test
    void nobody_gets_an_empty_digest_or_one_they_did_not_ask_for() throws Exception {
        UserAccount idle = people.staff(Area.SALES);
        notices.save(new NoticeSettings(idle.id(), "idle@example.com", true, LocalTime.MIDNIGHT, "en", 0));
        UserAccount quiet = people.staff(Area.SALES);
        mother.prospect(quiet.id(), Duration.ofDays(1));
        notices.save(new NoticeSettings(quiet.id(), "quiet@example.com", false, LocalTime.MIDNIGHT, "en", 0));

        sendEverything();

        assertThat(to("idle@example.com")).isEmpty();
        assertThat(to("quiet@example.com")).isEmpty();
    }

    @Test
    void a_slipping_follow_up_reaches_the_areas_manager_once_and_the_item_shows_it() throws Exception {
        UserAccount manager = people.manager(Area.OPERATIONS);
        notices.save(new NoticeSettings(manager.id(), "boss@example.com", false, LocalTime.NOON, "en", 0));
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item slipping = items.save(Item.open(mother.operationsRule(), "Late order", Counterpart.named("Aceros"), clerk.id(),
                null, new ItemDetails.OperationsDetails(ZonedDateTime.now(clock).toLocalDate().plusDays(20), null, null),
                ZonedDateTime.now(clock).minusDays(5), clerk.id()));

        sendEverything();
        sendEverything();

        List<MimeMessage> received = to("boss@example.com");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Overdue follow-up: Late order (" + clerk.displayName() + ")");
        Item after = items.findById(slipping.id()).orElseThrow();
        assertThat(after.escalatedAt()).isNotNull();
        assertThat(items.timeline(slipping.id())).extracting(ItemChange::kind).containsOnlyOnce(ItemChange.Kind.ESCALATED);
        Page notifications = Page.of(mvc.perform(get("/notifications").with(as(manager))));
        assertThat(notifications.select("li.notice-new")).anySatisfy(notice -> {
            assertThat(notice.text()).contains("Late order is overdue");
            assertThat(notice.select(".badge").text()).isEqualTo("new");
        });
        Page item = Page.of(mvc.perform(get("/items/{id}", slipping.id()).with(as(clerk))));
        assertThat(item.texts(".badge")).anySatisfy(badge -> assertThat(badge).startsWith("Escalated"));
    }

    @Test
    void a_fast_rule_tells_the_owner_when_the_item_opens_and_again_shortly_before_it_is_late() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        notices.save(new NoticeSettings(seller.id(), "seller@example.com", false, LocalTime.NOON, "en", 0));
        FollowUpRule leads = rules.save(FollowUpRule.define(new RuleDraft(Area.SALES, RuleMother.uniqueTopic("Hot leads"),
                "Call within two hours", new TimeAllowed.FixedPeriod(2, PeriodUnit.HOURS), new Frequency.EveryNHours(1, false),
                new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), mother.kpi(Area.SALES).id(),
                Duration.ofHours(1), List.of("Lead"))), "diana", List.of());
        items.save(Item.open(leads, "Web lead", Counterpart.named("Lead SA"), seller.id(), null,
                new ItemDetails.SalesDetails("Website", 3, 30, null), ZonedDateTime.now(clock).minusMinutes(10), seller.id()));

        sendEverything();
        assertThat(subjects("seller@example.com")).containsExactly("New: Web lead, 109 minutes to act");

        Item almostLate = items.save(Item.open(leads, "Older lead", Counterpart.named("Lead SA"), seller.id(), null,
                new ItemDetails.SalesDetails("Website", 3, 30, null), ZonedDateTime.now(clock).minusMinutes(100), seller.id()));
        sendEverything();
        sendEverything();

        assertThat(subjects("seller@example.com")).hasSize(3)
                .anyMatch(subject -> subject.startsWith("Almost late: Older lead, 1"));
        assertThat(almostLate.id()).isNotNull();
    }

    private void sendEverything() {
        decisions.fastRules();
        decisions.escalations();
        decisions.digests();
        sender.sendPending();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> subjects(String address) {
        return to(address).stream().map(message -> {
            try {
                return message.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
