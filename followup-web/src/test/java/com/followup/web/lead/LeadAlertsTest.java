package com.followup.web.lead;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.Leads;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A lead nobody answers: its owner hears when it arrives and at half its deadline, the Sales managers at the deadline
 * with a link to reassign it, and, when directors chose so, it moves on at twice the deadline; each alert once.
 */
@FollowupWebTest
class LeadAlertsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired LeadAlertDecisions decisions;
    @Autowired Leads leads;
    @Autowired LeadSettings settings;
    @Autowired Notices notices;
    @Autowired JdbcClient jdbc;

    /** The leads other tests left unanswered are taken as told, so that each test here hears only of its own. */
    @org.junit.jupiter.api.BeforeEach
    void othersAlreadyTold() {
        jdbc.sql("""
                insert into lead_alert (lead_id, kind, decided_at)
                select l.id, k.kind, now() from lead l
                cross join (values ('ARRIVED'), ('HALFWAY'), ('BREACHED'), ('HANDED_OVER')) as k(kind)
                on conflict do nothing""").update();
    }

    @Test
    void the_owner_hears_of_a_new_lead_by_email_and_in_notifications_once() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        notices.save(new NoticeSettings(seller.id(), "seller" + seller.id() + "@example.com", false, LocalTime.NOON, "es", 0));
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));

        decisions.decide();
        decisions.decide();

        assertThat(messages(lead)).containsExactly("LEAD_ARRIVED " + seller.id() + " Lead nuevo: Lucía Pérez");
        assertThat(jdbc.sql("select to_address from outbox_message where dedup_key like ?").param("lead:" + lead.id() + ":%")
                .query(String.class).single()).isEqualTo("seller" + seller.id() + "@example.com");
        Page page = Page.of(mvc.perform(get("/notifications").with(as(seller))));
        assertThat(page.attr("a[href='/leads/" + lead.id() + "']", "href")).isEqualTo("/leads/" + lead.id());
    }

    @Test
    void halfway_the_owner_is_reminded_and_at_the_deadline_the_sales_managers_get_a_reassign_link() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount manager = people.manager(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));
        deadlines(lead, Instant.now().minusSeconds(60), Instant.now().plusSeconds(600));

        decisions.decide();
        assertThat(messages(lead)).contains("LEAD_ARRIVED " + seller.id() + " New lead: Lucía Pérez",
                "LEAD_HALFWAY " + seller.id() + " Half the time is gone: Lucía Pérez");

        deadlines(lead, Instant.now().minusSeconds(600), Instant.now().minusSeconds(60));
        decisions.decide();
        decisions.decide();
        assertThat(messages(lead)).filteredOn(m -> m.startsWith("LEAD_BREACHED " + manager.id() + " "))
                .containsExactly("LEAD_BREACHED " + manager.id() + " Lead not answered in time: Lucía Pérez");
        assertThat(jdbc.sql("select body from outbox_message where dedup_key = ?")
                .param("lead:" + lead.id() + ":LEAD_BREACHED:" + manager.id()).query(String.class).single())
                .contains("/leads/" + lead.id() + "#reassign");
        assertThat(messages(lead)).filteredOn(m -> m.startsWith("LEAD_HALFWAY")).hasSize(1);
        assertThat(messages(lead)).noneMatch(m -> m.startsWith("LEAD_HANDED_OVER"));
    }

    @Test
    void with_automatic_reassignment_a_lead_unanswered_for_twice_its_deadline_goes_to_the_next_in_turn_once() throws Exception {
        UserAccount first = people.staff(Area.SALES);
        UserAccount second = people.staff(Area.SALES);
        long source = mother.source(null, List.of(first.id(), second.id()));
        Lead lead = mother.lead(source);
        long owner = leads.findById(lead.id()).orElseThrow().ownerId();
        long other = owner == first.id() ? second.id() : first.id();
        jdbc.sql("update lead set arrived_at = ? where id = ?").params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(5))),
                lead.id()).update();
        deadlines(lead, Instant.now().minus(Duration.ofDays(5)), Instant.now().minus(Duration.ofDays(5)));
        CompanyHours hours = settings.hours();
        settings.save(new CompanyHours(hours.zone(), hours.opens(), hours.closes(), hours.days(), true, hours.version()));
        try {
            decisions.decide();
            decisions.decide();
        } finally {
            CompanyHours now = settings.hours();
            settings.save(new CompanyHours(now.zone(), now.opens(), now.closes(), now.days(), false, now.version()));
        }

        assertThat(leads.findById(lead.id()).orElseThrow().ownerId()).isEqualTo(other);
        assertThat(leads.history(lead.id())).filteredOn(e -> e.kind().name().equals("REASSIGNED")).singleElement()
                .satisfies(e -> assertThat(e.details()).containsExactly(String.valueOf(owner), String.valueOf(other), "",
                        Lead.UNANSWERED));
        assertThat(messages(lead)).contains("LEAD_HANDED_OVER " + other + " A lead is now yours: Lucía Pérez");
        Page page = Page.of(mvc.perform(get("/leads/" + lead.id()).with(as(people.director()))));
        assertThat(page.text()).contains("nobody answered it in twice its deadline");
    }

    private void deadlines(Lead lead, Instant halfway, Instant respondBy) {
        jdbc.sql("update lead set halfway_at = ?, respond_by = ? where id = ?")
                .params(java.sql.Timestamp.from(halfway), java.sql.Timestamp.from(respondBy), lead.id()).update();
    }

    /** Each message decided about the lead: its kind, recipient and subject. */
    private List<String> messages(Lead lead) {
        return jdbc.sql("select kind || ' ' || recipient_id || ' ' || subject from outbox_message where dedup_key like ? order by id")
                .param("lead:" + lead.id() + ":%").query(String.class).list();
    }
}
