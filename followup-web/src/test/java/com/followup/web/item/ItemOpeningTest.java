package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;


import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class ItemOpeningTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired FollowUpRules rules;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void staff_open_a_prospect_which_is_theirs_and_due_at_once() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Leads"));

        MvcResult result = mvc.perform(post("/items").with(as(staff)).with(csrf()).param("area", "SALES")
                        .param("ruleId", rule.id().toString()).param("title", "Warehouse racks")
                        .param("counterpartName", "Grupo Alameda").param("contactEmail", "marta@alameda.test")
                        .param("amount", "25,000.50").param("currency", "mxn").param("relationshipStart", "Trade fair")
                        .param("rating", "4").param("conversionProbability", "30"))
                .andExpect(status().is3xxRedirection()).andReturn();

        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/items/", ""));
        Item item = items.findById(id).orElseThrow();
        assertThat(item.ownerId()).isEqualTo(staff.id());
        assertThat(item.amount()).isEqualTo(Money.of("25000.50", "MXN"));
        assertThat(((ItemDetails.SalesDetails) item.details()).stage()).isEqualTo("First meeting");
        assertThat(Page.of(mvc.perform(get("/my-follow-ups").with(as(staff)))).text("#item-" + id + " > div:first-child > a"))
                .isEqualTo("Warehouse racks");
    }

    @Test
    void bad_input_is_shown_next_to_each_field_with_what_was_typed_and_nothing_is_saved() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Leads"));
        long before = itemCount();

        Page page = Page.of(mvc.perform(post("/items").with(as(staff)).with(csrf()).param("area", "SALES")
                        .param("ruleId", rule.id().toString()).param("title", " ").param("counterpartName", "Alameda")
                        .param("contactEmail", "not-an-email").param("amount", "12.345").param("currency", "MXN")
                        .param("rating", "9").param("conversionProbability", "abc"))
                .andExpect(status().isOk()));
        assertThat(page.error("title")).isEqualTo("Enter a title for the item.");
        assertThat(page.error("contactEmail")).isEqualTo("Enter an email address such as ana@example.com.");
        assertThat(page.value("contactEmail")).isEqualTo("not-an-email");
        assertThat(page.error("amount")).contains("with at most 2 decimals");
        assertThat(page.value("amount")).isEqualTo("12.345");
        assertThat(page.error("rating")).isEqualTo("Use a rating from 1 to 5.");
        assertThat(page.error("conversionProbability")).isEqualTo("Enter a valid value.");
        assertThat(page.value("counterpartName")).isEqualTo("Alameda");

        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void an_invoice_needs_its_amount_and_the_credit_days_its_rule_counts_from_in_spanish() throws Exception {
        UserAccount staff = people.staff(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();

        Page page = Page.of(mvc.perform(post("/items").with(as(staff)).with(csrf()).header("Accept-Language", "es").param("area", "ADMINISTRATION")
                        .param("ruleId", rule.id().toString()).param("title", "F-1").param("counterpartName", "ACME")
                        .param("invoiceNumber", "F-1").param("currency", "MXN"))
                .andExpect(status().isOk()));
        assertThat(page.error("amount")).isEqualTo("Una factura necesita su importe.");
        assertThat(page.error("creditDays")).isEqualTo("Esta definición cuenta desde los días de crédito: escríbelos.");
    }

    @Test
    void staff_cannot_open_items_under_a_rule_named_for_someone_else_but_a_manager_assigns_an_owner() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule named = mother.salesRule(RuleMother.uniqueTopic("Key accounts"));
        RuleDraft parts = named.parts();
        named.revise(new RuleDraft(parts.area(), parts.topic(), parts.objective(), parts.timeAllowed(), parts.frequency(),
                new RuleOwner.NamedPerson(seller.id()), parts.reportedIn(), parts.kpiId(), parts.escalateAfter(), parts.stages()));
        FollowUpRule saved = rules.save(named, "diana");

        Page refused = Page.of(mvc.perform(post("/items").with(as(staff)).with(csrf()).param("area", "SALES")
                        .param("ruleId", saved.id().toString()).param("title", "Not mine").param("counterpartName", "X")));
        assertThat(refused.error("ruleId")).isEqualTo("Choose one of the rules you can open items under.");
        Page form = Page.of(mvc.perform(get("/items/new").param("area", "SALES").with(as(staff))));
        assertThat(form.texts("#ruleId option")).isNotEmpty();
        assertThat(form.everything()).doesNotContain(saved.topic());

        FollowUpRule roleRule = mother.salesRule(RuleMother.uniqueTopic("Leads"));
        MvcResult result = mvc.perform(post("/items").with(as(people.manager(Area.SALES))).with(csrf()).param("area", "SALES")
                        .param("ruleId", roleRule.id().toString()).param("title", "For Sofía").param("counterpartName", "Y")
                        .param("ownerId", seller.id().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/items/", ""));
        assertThat(items.findById(id).orElseThrow().ownerId()).isEqualTo(seller.id());
    }

    @Test
    void an_order_promised_for_a_day_already_past_is_refused_next_to_the_date_and_kept_as_typed() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        FollowUpRule rule = mother.operationsRule();
        String longAgo = LocalDate.now(clock).minusDays(3).toString();
        long before = itemCount();

        Page page = Page.of(mvc.perform(post("/items").with(as(staff)).with(csrf()).param("area", "OPERATIONS")
                        .param("ruleId", rule.id().toString()).param("title", "Pedido 9").param("counterpartName", "Aceros")
                        .param("promisedDate", longAgo))
                .andExpect(status().isOk()));
        assertThat(page.error("promisedDate")).isEqualTo("That promised date has already passed: promise a day from today on.");
        assertThat(page.select("input[name=promisedDate]").val()).isEqualTo(longAgo);
        assertThat(itemCount()).isEqualTo(before);

        Page spanish = Page.of(mvc.perform(post("/items").with(as(staff)).with(csrf()).header("Accept-Language", "es")
                        .param("area", "OPERATIONS").param("ruleId", rule.id().toString()).param("title", "Pedido 9")
                        .param("counterpartName", "Aceros").param("promisedDate", longAgo))
                .andExpect(status().isOk()));
        assertThat(spanish.error("promisedDate")).isEqualTo("Esa fecha prometida ya pasó: promete un día a partir de hoy.");
    }

    @Test
    void an_orders_promised_date_reads_like_every_other_day_in_the_persons_language() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        FollowUpRule rule = mother.operationsRule();
        LocalDate promised = LocalDate.now(clock).plusYears(1).withMonth(3).withDayOfMonth(5);

        MvcResult result = mvc.perform(post("/items").with(as(staff)).with(csrf()).param("area", "OPERATIONS")
                        .param("ruleId", rule.id().toString()).param("title", "Pedido 10").param("counterpartName", "Aceros")
                        .param("promisedDate", promised.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String itemPage = result.getResponse().getRedirectedUrl();

        assertThat(Page.of(mvc.perform(get(itemPage).with(as(staff)))).everything())
                .contains("Promised date 5 Mar " + promised.getYear()).doesNotContain(promised.toString());
        assertThat(Page.of(mvc.perform(get(itemPage).with(as(staff)).header("Accept-Language", "es"))).everything())
                .contains("5 mar " + promised.getYear());
    }

    @Test
    void the_form_offers_the_areas_own_fields() throws Exception {
        mother.operationsRule();
        Page form = Page.of(mvc.perform(get("/items/new").param("area", "OPERATIONS").with(as(people.staff(Area.OPERATIONS))))
                .andExpect(status().isOk()));
        assertThat(form.text("label[for=promisedDate]")).isEqualTo("Promised date");
        assertThat(form.select("input[name=promisedDate]")).hasSize(1);
        assertThat(form.text("label[for=linkedInvoiceItemId]")).isEqualTo("Invoice it depends on");
        assertThat(form.select("select[name=linkedInvoiceItemId]")).hasSize(1);
        assertThat(form.select("[name=conversionProbability]")).isEmpty();
        assertThat(form.everything()).doesNotContain("Probability of conversion");
    }

    private long itemCount() {
        return jdbc.sql("select count(*) from item").query(Long.class).single();
    }

}
