package com.followup.web.lead;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.Leads;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class LeadPagesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother rules;
    @Autowired LeadMother mother;
    @Autowired Leads leads;
    @Autowired Items items;
    @Autowired LeadIntake intake;

    @Test
    void a_seller_sees_their_new_lead_in_the_inbox_with_a_countdown_tap_to_call_and_a_one_click_call() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()), "lucia.inbox@example.com", "55 1234 0001");

        Page inbox = Page.of(mvc.perform(get("/leads").with(as(seller))).andExpect(status().isOk()));

        String row = "#lead-" + lead.id();
        assertThat(inbox.text(row + " > div > a")).isEqualTo("Lucía Pérez");
        assertThat(inbox.attr(row + " > a[href^=tel]", "href")).isEqualTo("tel:+525512340001");
        assertThat(inbox.attr(row + " > a[href^=mailto]", "href")).isEqualTo("mailto:lucia.inbox@example.com");
        assertThat(inbox.text(row + " > div > b")).endsWith("left");
        assertThat(inbox.attr(row, "class")).isEqualTo("ON_TRACK");
        assertThat(inbox.attr("#inbox-rows", "hx-trigger")).isEqualTo("every 5s");
        // the refresh gives the focus back by id, can be paused, and tells a screen reader only the number of leads
        assertThat(inbox.select(row + " a, " + row + " button").eachAttr("id")).hasSize(4)
                .allMatch(id -> id.endsWith(String.valueOf(lead.id())));
        assertThat(inbox.select("#inbox-rows[aria-live]")).isEmpty();
        assertThat(inbox.attr("#inbox-pause", "aria-pressed")).isEqualTo("false");
        assertThat(inbox.select("#inbox-news[role=status]")).hasSize(1);
        assertThat(inbox.attr("#inbox-rows", "data-news")).isEqualTo("1 open lead now");
        // the one-click call: the row's button sends the one shared form, with the lead's version, named by the form's
        // words and the lead's name
        String call = row + " > button";
        assertThat(inbox.attr(call, "form")).isEqualTo("touch");
        assertThat(inbox.attr(call, "aria-labelledby")).isEqualTo("log-call n" + lead.id());
        assertThat(inbox.text("#log-call")).isEqualTo("Log a call to");
        assertThat(inbox.select("#touch input[name=_csrf]")).hasSize(1);
        assertThat(inbox.select("input[name=_csrf]")).hasSizeLessThanOrEqualTo(2);

        var send = post(inbox.attr(call, "formaction")).with(csrf()).with(as(seller))
                .param(inbox.attr(call, "name"), inbox.attr(call, "value"))
                .param("channel", inbox.attr("#touch input[name=channel]", "value")).param("inbox", inbox.attr("#touch input[name=inbox]", "value"));
        mvc.perform(send).andExpect(redirectedUrl("/leads"));
        // the same form sent again is not a second touch: the lead has moved on, and the seller is told
        mvc.perform(send).andExpect(redirectedUrl("/leads/" + lead.id()));
        assertThat(leads.touches(lead.id())).hasSize(1);
        assertThat(leads.findById(lead.id()).orElseThrow().status()).isEqualTo(LeadStatus.ATTEMPTING);
    }

    @Test
    void the_inbox_escapes_what_a_lead_typed_and_words_its_rows_in_the_readers_language() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());
        Lead lead = intake.take(new LeadDraft("Ana <script>alert('x')</script> & \"Co\"", "ana.markup@example.com", null,
                null, "<b>Bold</b> & Sons", source, null, true), UUID.randomUUID(), null).lead();

        MvcResult answer = mvc.perform(get("/leads").param("lang", "es").header("HX-Request", "true").with(as(seller))).andReturn();
        String html = answer.getResponse().getContentAsString();

        // the rows are written in Java (InboxLine): what a lead typed is text, escaped as th:text escapes it
        assertThat(html).doesNotContain("<script>", "<b>Bold")
                .contains("Ana &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;</a>")
                .contains("<span>&lt;b&gt;Bold&lt;/b&gt; &amp; Sons</span>");
        Page rows = Page.of(answer);
        String row = "#lead-" + lead.id();
        assertThat(rows.text(row + " > div > a")).isEqualTo("Ana <script>alert('x')</script> & \"Co\"");
        assertThat(rows.text(row + " > div > b")).startsWith("quedan ");
        assertThat(rows.text(row + " small")).isEqualTo("Nuevo");
        assertThat(rows.text(row + " > button")).isEqualTo("Registrar llamada");
        assertThat(rows.select(row + " > a[href^=tel]")).isEmpty();
        assertThat(rows.attr(row + " > div > a", "href")).isEqualTo("/leads/" + lead.id());
        assertThat(rows.attr(row + " > button", "formaction")).isEqualTo("/leads/" + lead.id() + "/touches");
    }

    @Test
    void the_inbox_asked_by_htmx_answers_with_its_rows_alone_and_another_sellers_lead_is_not_there() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Lead someoneElses = mother.lead(mother.source(people.staff(Area.SALES).id(), List.of()));

        Page rows = Page.of(mvc.perform(get("/leads").header("HX-Request", "true").with(as(seller))));

        assertThat(rows.isWholePage()).isFalse();
        assertThat(rows.select("#lead-" + someoneElses.id())).isEmpty();
        assertThat(rows.text(".empty-state")).startsWith("No open leads");
        mvc.perform(get("/leads/{id}", someoneElses.id()).with(as(seller))).andExpect(status().isNotFound());
    }

    @Test
    void the_count_beside_leads_says_how_many_are_new() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());
        mother.lead(source);
        mother.lead(source);

        Page count = Page.of(mvc.perform(get("/leads/count").with(as(seller))));

        assertThat(count.text("#nav-new-leads")).isEqualTo("2");
        Page home = Page.of(mvc.perform(get("/").with(as(seller))));
        assertThat(home.attr("a[href=/leads] span[hx-get]", "hx-get")).isEqualTo("/leads/count");
    }

    @Test
    void a_typed_in_lead_goes_to_the_source_seller_and_a_wrong_one_keeps_what_was_typed() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        long source = mother.source(seller.id(), List.of());

        Page refused = Page.of(mvc.perform(post("/leads").with(csrf()).with(as(marketing)).param("sourceId", String.valueOf(source))
                .param("name", "Jorge Ruiz").param("email", "jorge@").param("phone", "12")));
        assertThat(refused.error("email")).isEqualTo("Enter an email address such as name@example.com.");
        assertThat(refused.error("phone")).startsWith("Enter a phone number");
        assertThat(refused.value("name")).isEqualTo("Jorge Ruiz");
        Page nameless = Page.of(mvc.perform(post("/leads").with(csrf()).with(as(marketing)).param("sourceId", String.valueOf(source))
                .param("name", " ").param("email", "jorge@example.com").header("Accept-Language", "es")));
        assertThat(nameless.error("name")).isEqualTo("Escribe el nombre.");
        assertThat(nameless.value("email")).isEqualTo("jorge@example.com");

        String requestId = refused.value("requestId");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/leads").with(csrf()).with(as(marketing)).param("requestId", requestId)
                    .param("sourceId", String.valueOf(source)).param("name", "Jorge Ruiz")
                    .param("email", "Jorge.Typed@Example.com")).andExpect(status().is3xxRedirection());
        }
        List<Leads.InboxRow> mine = leads.inbox(seller.id(), 10);
        assertThat(mine).extracting(row -> row.lead().contact().email()).containsExactly("Jorge.Typed@Example.com");
        assertThat(mine.get(0).lead().ownerId()).isEqualTo(seller.id());
    }

    @Test
    void the_same_person_again_goes_to_whoever_has_them_and_the_history_says_why() throws Exception {
        UserAccount first = people.staff(Area.SALES);
        UserAccount second = people.staff(Area.SALES);
        Lead earlier = mother.lead(mother.source(first.id(), List.of()), "same.person@example.com", "+52 55 8765 0002");

        Lead again = mother.lead(mother.source(second.id(), List.of()), "SAME.person@example.com", null);

        assertThat(again.ownerId()).isEqualTo(first.id());
        Page page = Page.of(mvc.perform(get("/leads/{id}", again.id()).with(as(first))));
        assertThat(page.texts(".lead-history li")).anySatisfy(line -> assertThat(line).contains("Same person as lead " + earlier.id()))
                .anySatisfy(line -> assertThat(line).contains("Assigned to " + first.displayName()
                        + ": owner of the same person's earlier lead or prospect"));
    }

    @Test
    void a_seller_reaches_the_person_books_a_meeting_that_is_held_and_qualifies_the_lead_into_a_prospect() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = rules.salesRule(RuleMother.uniqueTopic("Leads"));
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));

        Page notYet = Page.of(mvc.perform(post("/leads/{id}/qualify", lead.id()).with(csrf()).with(as(seller))
                .param("version", "0").param("ruleId", String.valueOf(rule.id()))));
        assertThat(notYet.error("ruleId")).startsWith("Reach the person first");

        mvc.perform(post("/leads/{id}/touches", lead.id()).with(csrf()).with(as(seller)).param("version", "0")
                .param("channel", "WHATSAPP").param("reached", "true").param("note", "Wants a demo"))
                .andExpect(redirectedUrl("/leads/" + lead.id()));
        mvc.perform(post("/leads/{id}/meetings", lead.id()).with(csrf()).with(as(seller))
                .param("when", "2099-01-05T10:00").param("withWhom", "Lucía and her CFO")).andExpect(status().is3xxRedirection());
        long meeting = leads.meetings(lead.id()).get(0).id();
        mvc.perform(post("/leads/{id}/meetings/{m}", lead.id(), meeting).with(csrf()).with(as(seller)).param("outcome", "HELD"))
                .andExpect(status().is3xxRedirection());

        Page page = Page.of(mvc.perform(get("/leads/{id}", lead.id()).with(as(seller))));
        assertThat(page.text("#lead-status")).isEqualTo("Connected");
        assertThat(page.text(".lead-meeting .badge")).isEqualTo("Held");
        String version = String.valueOf(leads.findById(lead.id()).orElseThrow().version());
        String prospect = mvc.perform(post("/leads/{id}/qualify", lead.id()).with(csrf()).with(as(seller))
                .param("version", version).param("ruleId", String.valueOf(rule.id()))).andReturn().getResponse().getRedirectedUrl();

        Lead qualified = leads.findById(lead.id()).orElseThrow();
        assertThat(prospect).isEqualTo("/items/" + qualified.qualifiedItemId());
        Item item = items.findById(qualified.qualifiedItemId()).orElseThrow();
        assertThat(item.ownerId()).isEqualTo(seller.id());
        assertThat(item.counterpart().contactName()).isEqualTo("Lucía Pérez");
        assertThat(Page.of(mvc.perform(get("/leads/{id}", lead.id()).with(as(seller)))).attr("#lead-prospect", "href"))
                .isEqualTo("/items/" + item.id());
    }

    @Test
    void a_lead_is_disqualified_with_a_reason_and_other_needs_a_word_of_explanation() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));

        Page refused = Page.of(mvc.perform(post("/leads/{id}/disqualify", lead.id()).with(csrf()).with(as(seller))
                .param("version", "0").param("reason", "OTHER")));
        assertThat(refused.text("#disqualify-note-error")).isEqualTo("Say what the other reason is.");

        mvc.perform(post("/leads/{id}/disqualify", lead.id()).with(csrf()).with(as(seller))
                .param("version", "0").param("reason", "NO_BUDGET")).andExpect(status().is3xxRedirection());
        Lead found = leads.findById(lead.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(Page.of(mvc.perform(get("/leads/{id}", lead.id()).with(as(seller)))).texts(".item-facts dd"))
                .contains("No budget");
    }

    @Test
    void a_manager_reassigns_in_one_click_and_a_stale_page_changes_nothing() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        UserAccount manager = people.manager(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));

        mvc.perform(post("/leads/{id}/owner", lead.id()).with(csrf()).with(as(manager)).param("version", "0")
                .param("ownerId", String.valueOf(other.id())).param("why", "Sofía is on holiday"))
                .andExpect(redirectedUrl("/leads/" + lead.id()));
        mvc.perform(post("/leads/{id}/owner", lead.id()).with(csrf()).with(as(manager)).param("version", "0")
                .param("ownerId", String.valueOf(seller.id())));

        assertThat(leads.findById(lead.id()).orElseThrow().ownerId()).isEqualTo(other.id());
        Page page = Page.of(mvc.perform(get("/leads/{id}", lead.id()).with(as(manager))));
        assertThat(page.text("#lead-owner")).isEqualTo(other.displayName());
        assertThat(page.texts(".lead-history li")).anySatisfy(line -> assertThat(line)
                .contains("Moved from " + seller.displayName() + " to " + other.displayName() + ": Sofía is on holiday"));
        mvc.perform(post("/leads/{id}/owner", lead.id()).with(csrf()).with(as(seller)).param("version", "1")
                .param("ownerId", String.valueOf(seller.id()))).andExpect(status().isNotFound());
    }

    @Test
    void marketing_sees_every_lead_and_works_none() throws Exception {
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        Lead lead = mother.lead(mother.source(people.staff(Area.SALES).id(), List.of()));

        Page inbox = Page.of(mvc.perform(get("/leads").with(as(marketing))).andExpect(status().isOk()));
        assertThat(inbox.text("#inbox-scope")).startsWith("Every open lead");
        Page page = Page.of(mvc.perform(get("/leads/{id}", lead.id()).with(as(marketing))).andExpect(status().isOk()));
        assertThat(page.select("form[action$=/touches]")).isEmpty();
        mvc.perform(post("/leads/{id}/touches", lead.id()).with(csrf()).with(as(marketing)).param("version", "0")
                .param("channel", "CALL")).andExpect(status().isForbidden());
        mvc.perform(get("/items/board").with(as(marketing))).andExpect(status().is4xxClientError());
    }
}
