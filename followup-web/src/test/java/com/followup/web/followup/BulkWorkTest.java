package com.followup.web.followup;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemChange;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A manager ticks items on an item list and reassigns them or moves their next follow-up, all at once. */
@FollowupWebTest
class BulkWorkTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Clock clock;


    @Test
    void a_manager_reassigns_the_ticked_items_and_is_told_how_many() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount from = people.staff(Area.SALES);
        UserAccount to = people.staff(Area.SALES);
        Item first = mother.prospect(from.id(), Duration.ofHours(1));
        Item second = mother.prospect(from.id(), Duration.ofHours(1));

        Page list = answer(mvc.perform(bulk("reassign", manager, from, first, second).param("owner", String.valueOf(to.id())))
                .andExpect(redirectedUrl("/items?area=SALES&owner=" + from.id())).andReturn(), manager);

        assertThat(list.text("#bulk-result")).startsWith("2 items reassigned.");
        assertThat(items.findById(first.id()).orElseThrow().ownerId()).isEqualTo(to.id());
        assertThat(items.findById(second.id()).orElseThrow().ownerId()).isEqualTo(to.id());
        assertThat(items.timeline(first.id())).extracting(ItemChange::kind).contains(ItemChange.Kind.REASSIGNED);
        Page theirs = Page.of(mvc.perform(get("/my-follow-ups").with(as(to))));
        assertThat(theirs.text()).contains(first.title(), second.title());
    }

    @Test
    void an_item_changed_since_the_list_was_drawn_is_reported_and_left_as_it_is() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount from = people.staff(Area.SALES);
        UserAccount to = people.staff(Area.SALES);
        Item untouched = mother.prospect(from.id(), Duration.ofHours(1));
        Item changed = mother.prospect(from.id(), Duration.ofHours(1));
        Item meanwhile = items.findById(changed.id()).orElseThrow();
        meanwhile.moveToStage("Qualified", java.util.List.of("Qualified"), from.id(), clock.instant());
        items.save(meanwhile);

        Page list = answer(mvc.perform(bulk("reassign", manager, from, untouched, changed)
                .param("owner", String.valueOf(to.id()))).andReturn(), manager);

        assertThat(list.text("#bulk-result")).startsWith("1 item reassigned.")
                .contains("1 item left as it was:").contains(changed.title() + ": someone changed it after this list was shown");
        assertThat(items.findById(changed.id()).orElseThrow().ownerId()).isEqualTo(from.id());
        assertThat(items.findById(untouched.id()).orElseThrow().ownerId()).isEqualTo(to.id());
    }

    @Test
    void the_same_form_sent_twice_reassigns_once() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount from = people.staff(Area.SALES);
        UserAccount to = people.staff(Area.SALES);
        Item item = mother.prospect(from.id(), Duration.ofHours(1));

        mvc.perform(bulk("reassign", manager, from, item).param("owner", String.valueOf(to.id())));
        Page again = answer(mvc.perform(bulk("reassign", manager, from, item).param("owner", String.valueOf(to.id()))).andReturn(), manager);

        assertThat(again.text("#bulk-result")).startsWith("No items reassigned.").contains("it already belongs to that person");
        assertThat(items.timeline(item.id())).filteredOn(change -> change.kind() == ItemChange.Kind.REASSIGNED).hasSize(1);
    }

    @Test
    void moving_overdue_follow_ups_keeps_them_late_in_the_numbers_and_says_why_on_each_history() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount owner = people.staff(Area.SALES);
        Item overdue = mother.prospect(owner.id(), Duration.ofDays(2));
        Item other = mother.prospect(owner.id(), Duration.ofDays(2));
        LocalDate nextWeek = LocalDate.now(clock).plusWeeks(1);

        Page list = answer(mvc.perform(bulk("reschedule", manager, owner, overdue, other)
                .param("day", nextWeek.toString()).param("reason", "Trade fair week")).andReturn(), manager);

        assertThat(list.text("#bulk-result")).startsWith("2 follow-ups moved.");
        Item moved = items.findById(overdue.id()).orElseThrow();
        assertThat(moved.nextDueAt().atZone(clock.getZone()).toLocalDate()).isEqualTo(nextWeek);
        assertThat(moved.countedDueAt()).isEqualTo(overdue.nextDueAt());
        assertThat(items.timeline(other.id())).filteredOn(change -> change.kind() == ItemChange.Kind.RESCHEDULED)
                .singleElement().satisfies(change -> assertThat(change.details()).contains("Trade fair week"));
    }

    @Test
    void a_form_missing_its_reason_is_shown_again_with_the_message_beside_the_field_and_the_items_still_ticked() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount owner = people.staff(Area.SALES);
        Item item = mother.prospect(owner.id(), Duration.ofHours(1));

        Page list = answer(mvc.perform(bulk("reschedule", manager, owner, item)
                .param("day", LocalDate.now(clock).plusDays(1).toString()).param("reason", " ")).andReturn(), manager);

        assertThat(list.text("#bulk-reason-error")).startsWith("Say why it moves");
        assertThat(list.one("#choose-" + item.id()).hasAttr("checked")).isTrue();
        assertThat(list.select("#bulk-result")).isEmpty();
        assertThat(items.findById(item.id()).orElseThrow().version()).isEqualTo(item.version());
    }

    @Test
    void an_item_of_an_area_the_manager_does_not_manage_is_refused_and_staff_are_not_offered_it_at_all() throws Exception {
        UserAccount operationsManager = people.manager(Area.OPERATIONS, Area.SALES);
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofHours(1));

        Page own = Page.of(mvc.perform(get("/items").param("area", "SALES").with(as(staff))));
        assertThat(own.select("#bulk, input.bulk-choice")).isEmpty();
        mvc.perform(bulk("reassign", staff, staff, item).param("owner", String.valueOf(staff.id())))
                .andExpect(status().isForbidden());
        Page managers = Page.of(mvc.perform(get("/items").param("area", "SALES").with(as(operationsManager))));
        assertThat(managers.select("#bulk")).hasSize(1);
        assertThat(items.findById(item.id()).orElseThrow().version()).isEqualTo(item.version());
    }

    @Test
    void the_answer_goes_back_only_to_an_item_list_of_this_site() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount owner = people.staff(Area.SALES);
        Item item = mother.prospect(owner.id(), Duration.ofHours(1));

        for (String elsewhere : List.of("https://example.com/items", "//example.com/items", "/items?x=1\r\nSet-Cookie:a=b", "/admin/users")) {
            mvc.perform(bulk("reassign", manager, elsewhere, item).param("owner", String.valueOf(owner.id())))
                    .andExpect(redirectedUrl("/items"));
        }
    }

    private MockHttpServletRequestBuilder bulk(String action, UserAccount me, UserAccount listedOwner, Item... chosen) {
        return bulk(action, me, "/items?area=SALES&owner=" + listedOwner.id(), chosen);
    }

    private MockHttpServletRequestBuilder bulk(String action, UserAccount me, String back, Item... chosen) {
        MockHttpServletRequestBuilder request = post("/items/bulk/" + action).with(as(me)).with(csrf()).param("back", back);
        for (Item item : chosen) {
            request.param("item", item.id() + ":" + item.version());
        }
        return request;
    }

    /** The list the answer goes back to, as the browser shows it after the redirect, in the same session. */
    private Page answer(MvcResult posted, UserAccount me) throws Exception {
        Cookie session = posted.getResponse().getCookie("SESSION");
        assertThat(session).as("the answer's session, which carries the result across the redirect").isNotNull();
        return Page.of(mvc.perform(get(posted.getResponse().getRedirectedUrl()).cookie(session).with(as(me))));
    }
}
