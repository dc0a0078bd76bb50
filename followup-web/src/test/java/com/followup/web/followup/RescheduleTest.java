package com.followup.web.followup;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Moving a follow-up to another day from My follow-ups, and what each row shows to act without opening the item. */
@FollowupWebTest
class RescheduleTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired FollowUps followUps;
    @Autowired Clock clock;

    @Test
    void moving_an_overdue_follow_up_to_tomorrow_draws_the_list_again_and_keeps_the_reason_on_the_history() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);

        Page answer = Page.of(mvc.perform(reschedule(staff, item).param("day", tomorrow.toString())
                        .param("reason", "Away until tomorrow").header("HX-Request", "true"))
                .andExpect(status().isOk()));

        assertThat(answer.select("#my-follow-ups")).hasSize(1);
        assertThat(answer.select("#group-OVERDUE")).isEmpty();
        assertThat(answer.text("#mine-status")).startsWith("Moved " + item.title() + " to ");
        Item moved = items.findById(item.id()).orElseThrow();
        assertThat(moved.nextDueAt().atZone(clock.getZone()).toLocalDate()).isEqualTo(tomorrow);
        assertThat(moved.countedDueAt()).isEqualTo(item.nextDueAt());
        Page itemPage = Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(staff))));
        assertThat(itemPage.text()).contains("Follow-up moved from").contains(": Away until tomorrow");
    }

    @Test
    void a_follow_up_moved_after_it_fell_due_is_counted_late_when_it_is_done() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        mvc.perform(reschedule(staff, item).param("day", LocalDate.now(clock).plusDays(1).toString())
                .param("reason", "Asked to call later")).andExpect(status().isOk());
        Item moved = items.findById(item.id()).orElseThrow();

        mvc.perform(post("/my-follow-ups").with(as(staff)).with(csrf())
                .param("item", item.id() + ":" + moved.version())).andExpect(status().isOk());

        FollowUp done = followUps.findByItem(item.id()).get(0);
        assertThat(done.dueAt()).isEqualTo(item.nextDueAt());
        assertThat(done.onTime()).isFalse();
    }

    @Test
    void a_past_day_and_a_missing_reason_are_said_beside_their_fields_as_typed_and_nothing_moves() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        String yesterday = LocalDate.now(clock).minusDays(1).toString();

        Page answer = Page.of(mvc.perform(reschedule(staff, item).param("otherDay", yesterday).param("reason", " ")
                        .header("HX-Request", "true").header("Accept-Language", "es"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Retarget", "#my-follow-ups")));

        assertThat(answer.text("#other-day-" + item.id() + "-error")).isEqualTo("Elige un día posterior a hoy.");
        assertThat(answer.text("#reason-" + item.id() + "-error")).startsWith("Di por qué se mueve");
        assertThat(answer.attr("#other-day-" + item.id(), "value")).isEqualTo(yesterday);
        assertThat(answer.attr("#reason-" + item.id(), "aria-invalid")).isEqualTo("true");
        assertThat(items.findById(item.id()).orElseThrow().version()).isEqualTo(item.version());
    }

    @Test
    void the_same_form_sent_twice_moves_the_follow_up_once() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));
        MockHttpServletRequestBuilder nextWeek = reschedule(staff, item)
                .param("day", LocalDate.now(clock).plusWeeks(1).toString()).param("reason", "Holidays");
        mvc.perform(nextWeek).andExpect(status().isOk());

        Page second = Page.of(mvc.perform(reschedule(staff, item)
                .param("day", LocalDate.now(clock).plusWeeks(1).toString()).param("reason", "Holidays")));

        assertThat(second.text("#my-follow-ups .alert")).startsWith("Someone else changed this item");
        assertThat(items.findById(item.id()).orElseThrow().version()).isEqualTo(item.version() + 1);
    }

    @Test
    void nobody_moves_someone_elses_follow_up() throws Exception {
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));

        mvc.perform(reschedule(people.staff(Area.SALES), item).param("day", LocalDate.now(clock).plusDays(1).toString())
                .param("reason", "x")).andExpect(status().is4xxClientError());
        assertThat(items.findById(item.id()).orElseThrow().version()).isEqualTo(item.version());
    }

    @Test
    void a_row_shows_the_contact_to_call_or_write_the_kind_of_follow_up_planned_and_the_last_result() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = items.save(Item.open(mother.salesRule(RuleMother.uniqueTopic("Prospects")), RuleMother.uniqueTopic("Fleet"),
                new Counterpart("Transportes Ruiz", "Lucía Ruiz", "lucia@ruiz.test", "+34 600 11 22 33"), staff.id(), null,
                new ItemDetails.SalesDetails("Referral", 3, 50, null), ZonedDateTime.now(clock).minusDays(1), staff.id()));
        mvc.perform(post("/my-follow-ups/{id}", item.id()).with(as(staff)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("channel", "VISIT")
                .param("result", "Wants a second quote").param("version", String.valueOf(item.version())))
                .andExpect(status().isOk());

        Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))));
        String row = "#item-" + item.id();
        assertThat(page.attr(row + " a[href^=tel:]", "href")).isEqualTo("tel:+34600112233");
        assertThat(page.attr(row + " a[href^=mailto:]", "href")).isEqualTo("mailto:lucia@ruiz.test");
        assertThat(page.text(row + " > div:first-child")).contains("Transportes Ruiz").contains("Lucía Ruiz")
                .contains("Visit").contains("Wants a second quote");
        // the quick button is named by the shared words and the row's title: "Done, next as usual: <title>"
        assertThat(page.attr(row + " button[form=quick]", "aria-labelledby")).isEqualTo("done t" + item.id());
        assertThat(page.text("#done") + " " + page.text("#t" + item.id()))
                .isEqualTo(page.text(row + " button[form=quick]") + ": " + item.title());
    }

    private MockHttpServletRequestBuilder reschedule(UserAccount person, Item item) {
        return post("/my-follow-ups/{id}/reschedule", item.id()).with(as(person)).with(csrf())
                .param("version", String.valueOf(item.version()));
    }
}
