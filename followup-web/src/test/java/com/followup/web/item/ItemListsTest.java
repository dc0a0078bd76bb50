package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.ZonedDateTime;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class ItemListsTest {

    static final long MOST_STATEMENTS_PER_PAGE = 8;

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

        mvc.perform(get("/items").param("area", "OPERATIONS").with(as(staff)))
                .andExpect(content().string(allOf(containsString(mine.title()), not(containsString(theirs.title())))));
        mvc.perform(get("/items").param("area", "OPERATIONS").param("owner", "all").with(as(staff)))
                .andExpect(content().string(allOf(containsString(mine.title()), containsString(theirs.title()))));
        mvc.perform(get("/items").param("area", "OPERATIONS").with(as(people.manager(Area.OPERATIONS))))
                .andExpect(content().string(allOf(containsString(mine.title()), containsString(theirs.title()))));
    }

    @Test
    void an_area_outside_ones_own_is_not_shown() throws Exception {
        Item invoice = mother.invoice(people.staff(Area.ADMINISTRATION).id(), false);

        mvc.perform(get("/items").param("area", "ADMINISTRATION").param("owner", "all").with(as(people.staff(Area.SALES))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sales items"), not(containsString(invoice.title())))));
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

        mvc.perform(get(filter).with(as(manager)))
                .andExpect(content().string(allOf(containsString("55 items"), containsString("Paged prospect 00"),
                        containsString("Paged prospect 49"), not(containsString("Paged prospect 50")),
                        containsString("Page 1 of 2"))));
        mvc.perform(get(filter + "&page=1").with(as(manager)).header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"item-results\""),
                        containsString("Paged prospect 54"), not(containsString("Paged prospect 49")))));
        mvc.perform(get(filter + "&status=CLOSED").with(as(manager)))
                .andExpect(content().string(containsString("No items match these filters.")));
    }

    @Test
    void the_pipeline_shows_the_rules_stages_and_a_card_moves_by_keyboard_form_with_htmx() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Board"));
        Item item = prospect(rule, "Board prospect", seller.id());

        mvc.perform(get("/items/board").param("rule", rule.id().toString()).with(as(seller)))
                .andExpect(content().string(allOf(containsString("First meeting"), containsString("Proposal"),
                        containsString("Negotiation"), containsString("Sold"), containsString("Eliminated"),
                        containsString("Board prospect"), containsString("Move Board prospect to stage"))));

        mvc.perform(post("/items/board/move").with(as(seller)).with(csrf()).header("HX-Request", "true")
                        .param("item", item.id().toString()).param("version", "0").param("stage", "Negotiation")
                        .param("rule", rule.id().toString()))
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"board\""),
                        containsString("Moved."))));
        assertThat(((ItemDetails.SalesDetails) items.findById(item.id()).orElseThrow().details()).stage())
                .isEqualTo("Negotiation");

        mvc.perform(post("/items/board/move").with(as(seller)).with(csrf()).header("HX-Request", "true")
                        .param("item", item.id().toString()).param("version", "0").param("stage", "Proposal")
                        .param("rule", rule.id().toString()))
                .andExpect(content().string(containsString("Someone else changed this item a moment ago.")));
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
        SqlStatements.reset();
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        long count = SqlStatements.count();
        assertThat(count).as("statements were counted").isPositive();
        return count;
    }
}
