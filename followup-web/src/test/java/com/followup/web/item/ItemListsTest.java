package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Clock;
import java.time.ZonedDateTime;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class ItemListsTest {

    static final long MOST_STATEMENTS_PER_PAGE = 8;
    static final String TITLES = "#item-results li a.fw-semibold";

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Clock clock;

    @Test
    void staff_see_their_own_items_by_default_and_managers_the_whole_area() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        UserAccount colleague = people.staff(Area.OPERATIONS);
        Item mine = mother.delivery(staff.id(), null);
        Item theirs = mother.delivery(colleague.id(), null);

        Page own = Page.of(mvc.perform(get("/items").param("area", "OPERATIONS").with(as(staff))));
        assertThat(own.texts(TITLES)).contains(mine.title());
        assertThat(own.everything()).doesNotContain(theirs.title());
        Page everyones = Page.of(mvc.perform(get("/items").param("area", "OPERATIONS").param("owner", "all").with(as(staff))));
        assertThat(everyones.texts(TITLES)).contains(mine.title(), theirs.title());
        Page managers = Page.of(mvc.perform(get("/items").param("area", "OPERATIONS").with(as(people.manager(Area.OPERATIONS)))));
        assertThat(managers.texts(TITLES)).contains(mine.title(), theirs.title());
    }

    @Test
    void an_area_outside_ones_own_is_not_shown() throws Exception {
        Item invoice = mother.invoice(people.staff(Area.ADMINISTRATION).id(), false);

        Page page = Page.of(mvc.perform(get("/items").param("area", "ADMINISTRATION").param("owner", "all").with(as(people.staff(Area.SALES))))
                .andExpect(status().isOk()));
        assertThat(page.text("h1")).isEqualTo("Sales items");
        assertThat(page.everything()).doesNotContain(invoice.title());
    }

    @Test
    void filters_sort_and_pages_and_an_htmx_request_gets_only_the_results() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Paged"));
        for (int i = 0; i < 55; i++) {
            prospect(rule, String.format("Paged prospect %02d", i), seller.id());
        }
        String filter = "/items?area=SALES&rule=" + rule.id() + "&sort=TITLE";

        Page first = Page.of(mvc.perform(get(filter).with(as(manager))));
        assertThat(first.text("#item-results [role=status]")).isEqualTo("55 items");
        assertThat(first.texts(TITLES)).hasSize(50).startsWith("Paged prospect 00").endsWith("Paged prospect 49");
        assertThat(first.everything()).doesNotContain("Paged prospect 50");
        assertThat(first.texts("#item-results nav .page-link")).contains("Page 1 of 2");
        Page second = Page.of(mvc.perform(get(filter + "&page=1").with(as(manager)).header("HX-Request", "true")));
        assertThat(second.isWholePage()).isFalse();
        assertThat(second.select("#item-results")).hasSize(1);
        assertThat(second.texts(TITLES)).contains("Paged prospect 54");
        assertThat(second.everything()).doesNotContain("Paged prospect 49");
        Page none = Page.of(mvc.perform(get(filter + "&status=CLOSED").with(as(manager))));
        assertThat(none.text("#item-results .empty-state")).startsWith("No items match these filters.");
    }

    @Test
    void the_pipeline_shows_the_rules_stages_and_a_card_moves_by_keyboard_form_with_htmx() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Board"));
        Item item = prospect(rule, "Board prospect", seller.id());

        Page pipeline = Page.of(mvc.perform(get("/items/board").param("rule", rule.id().toString()).with(as(seller))));
        assertThat(pipeline.texts(".pipeline-column h2 > span:first-child"))
                .containsSubsequence("First meeting", "Proposal", "Negotiation", "Sold", "Eliminated");
        assertThat(pipeline.text("#card-" + item.id() + " a")).isEqualTo("Board prospect");
        assertThat(pipeline.text("label[for=move-" + item.id() + "]")).isEqualTo("Move Board prospect to stage");

        ResultActions move = mvc.perform(post("/items/board/move").with(as(seller)).with(csrf()).header("HX-Request", "true")
                        .param("item", item.id().toString()).param("version", "0").param("stage", "Negotiation")
                        .param("rule", rule.id().toString()))
                .andExpect(status().isOk());
        Page moved = Page.of(move);
        assertThat(moved.isWholePage()).isFalse();
        assertThat(moved.select("#board")).hasSize(1);
        assertThat(moved.text("#board [role=status]")).isEqualTo("Moved.");
        assertThat(((ItemDetails.SalesDetails) items.findById(item.id()).orElseThrow().details()).stage())
                .isEqualTo("Negotiation");

        Page stale = Page.of(mvc.perform(post("/items/board/move").with(as(seller)).with(csrf()).header("HX-Request", "true")
                .param("item", item.id().toString()).param("version", "0").param("stage", "Proposal")
                .param("rule", rule.id().toString())));
        assertThat(stale.text("#board [role=alert]")).startsWith("Someone else changed this item a moment ago.");
    }

    @Test
    void each_column_of_the_pipeline_says_what_its_items_are_worth_and_weighted_by_their_probability() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Board"));
        for (String amount : new String[] {"1000", "3000"}) {
            items.save(Item.open(rule, "Worth " + amount, Counterpart.named("ACME"), seller.id(),
                    com.followup.domain.item.Money.of(amount, "MXN"), new ItemDetails.SalesDetails("Referral", 3, 40, null),
                    ZonedDateTime.now(clock).minusHours(1), seller.id()));
        }

        Page pipeline = Page.of(mvc.perform(get("/items/board").param("rule", rule.id().toString()).with(as(seller))));

        assertThat(pipeline.text("#col-0 .badge")).isEqualTo("2");
        assertThat(pipeline.text("#col-0 + p")).isEqualTo("4,000 MXN · weighted 1,600");
        assertThat(pipeline.select("#col-1 + p")).isEmpty();
    }

    @Test
    void someone_else_cannot_move_a_card_they_do_not_work() throws Exception {
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Board"));
        Item item = prospect(rule, "Not yours", people.staff(Area.SALES).id());

        mvc.perform(post("/items/board/move").with(as(people.staff(Area.SALES))).with(csrf())
                        .param("item", item.id().toString()).param("version", "0").param("stage", "Proposal"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_list_the_board_and_an_item_cost_the_same_statements_for_5_rows_as_for_50() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Counted"));
        for (int i = 0; i < 5; i++) {
            prospect(rule, "Few " + i, people.staff(Area.SALES).id());
        }
        String list = "/items?area=SALES&owner=all&rule=" + rule.id();
        String board = "/items/board?owner=all&rule=" + rule.id();
        long listFew = statementsFor(manager, list);
        long boardFew = statementsFor(manager, board);
        Item last = null;
        for (int i = 0; i < 45; i++) {
            last = prospect(rule, "Many " + i, people.staff(Area.SALES).id());
        }

        assertThat(statementsFor(manager, list)).isEqualTo(listFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, board)).isEqualTo(boardFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, "/items/" + last.id())).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    private Item prospect(FollowUpRule rule, String title, long ownerId) {
        return items.save(Item.open(rule, title, Counterpart.named("ACME"), ownerId, null,
                new ItemDetails.SalesDetails("Referral", 3, 50, null), ZonedDateTime.now(clock).minusHours(1), ownerId));
    }

    private long statementsFor(UserAccount person, String url) throws Exception {
        // seen once before, as a person sees a page again: their due work is kept in both counts (KeptDueWork)
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        SqlStatements.reset();
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        long count = SqlStatements.count();
        assertThat(count).as("statements were counted").isPositive();
        return count;
    }
}
