package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.StringReader;
import java.time.Duration;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class CalendarFeedTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;

    @Test
    void the_feed_parses_and_holds_exactly_the_persons_due_follow_ups() throws Exception {
        UserAccount sofia = people.staff(Area.SALES);
        Item first = mother.prospect(sofia.id(), Duration.ofDays(1));
        Item second = mother.prospect(sofia.id(), Duration.ofHours(2));
        Item someoneElses = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));

        String feed = mvc.perform(get(path(newAddress(sofia))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        calendar.validate();
        assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(event -> event.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder("item-" + first.id() + "@followup", "item-" + second.id() + "@followup")
                .doesNotContain("item-" + someoneElses.id() + "@followup");
        assertThat(feed).contains(first.title());
    }

    @Test
    void renewing_the_address_revokes_the_old_one_and_unknown_tokens_find_nothing() throws Exception {
        UserAccount sofia = people.staff(Area.SALES);
        String old = newAddress(sofia);
        mvc.perform(get(path(old))).andExpect(status().isOk());

        String renewed = newAddress(sofia);

        assertThat(renewed).isNotEqualTo(old);
        mvc.perform(get(path(old))).andExpect(status().isNotFound());
        mvc.perform(get(path(renewed))).andExpect(status().isOk());
        mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void the_settings_page_shows_the_address_only_right_after_it_is_made() throws Exception {
        UserAccount sofia = people.staff(Area.SALES);
        String address = newAddress(sofia);

        MvcResult later = mvc.perform(get("/account/notifications").with(as(sofia))).andReturn();

        assertThat(address).startsWith("http://localhost:8080/calendar/").endsWith(".ics");
        assertThat(later.getResponse().getContentAsString()).as("anywhere in the page").doesNotContain(path(address));
        Page page = Page.of(later);
        assertThat(page.select("#calendar-url")).isEmpty();
        assertThat(page.text("#calendar form button")).isEqualTo("Renew my calendar address");
    }

    private String newAddress(UserAccount person) throws Exception {
        return (String) mvc.perform(post("/account/calendar").with(as(person)).with(csrf()))
                .andReturn().getFlashMap().get("calendarUrl");
    }

    private static String path(String address) {
        return address.replace("http://localhost:8080", "");
    }
}
