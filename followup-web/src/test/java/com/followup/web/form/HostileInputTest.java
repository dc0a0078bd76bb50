package com.followup.web.form;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What no one types on purpose is a message next to the field, and a form with any message saves nothing. */
@FollowupWebTest
class HostileInputTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;

    @Test
    void an_outcome_with_an_unreadable_checkbox_shows_the_error_and_leaves_the_item_open() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        Item delivery = mother.delivery(staff.id(), null);

        mvc.perform(post("/items/{id}/outcome", delivery.id()).with(as(staff)).with(csrf())
                        .param("version", String.valueOf(delivery.version())).param("outcome", "DELIVERED")
                        .param("complete", "maybe"))
                .andExpect(status().isOk());

        assertThat(items.findById(delivery.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void a_nul_in_a_note_is_a_message_and_nothing_is_recorded() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item prospect = mother.prospect(staff.id(), Duration.ofHours(1));

        Page refused = Page.of(mvc.perform(post("/items/{id}/follow-ups", prospect.id()).with(as(staff)).with(csrf())
                        .param("channel", "CALL").param("result", "Talked").param("note", "Call back\u0000"))
                .andExpect(status().isOk()));
        assertThat(refused.error("note-" + prospect.id())).startsWith("Remove the control characters");

        assertThat(followUps(prospect)).isZero();
    }

    @Test
    void a_date_outside_2000_to_2100_or_at_24_00_is_a_message() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item prospect = mother.prospect(staff.id(), Duration.ofHours(1));

        for (String day : new String[]{"0000-01-01", "9999-12-31", "999999999-01-01"}) {
            Page refused = Page.of(mvc.perform(post("/items/{id}/outcome", prospect.id()).with(as(staff)).with(csrf())
                            .param("version", String.valueOf(prospect.version())).param("outcome", "POSTPONED")
                            .param("until", day))
                    .andExpect(status().isOk()));
            assertThat(refused.error("until")).isEqualTo("Enter a date between 2000 and 2100.");
        }
        Page refused = Page.of(mvc.perform(post("/items/{id}/follow-ups", prospect.id()).with(as(staff)).with(csrf())
                        .param("channel", "CALL").param("result", "Talked").param("doneAt", "2026-01-01T24:00"))
                .andExpect(status().isOk()));
        assertThat(refused.error("done-" + prospect.id())).contains("a time from 00:00 to 23:59");

        assertThat(items.findById(prospect.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(followUps(prospect)).isZero();
    }

    @Test
    void a_digest_at_24_00_is_not_read_as_midnight() throws Exception {
        UserAccount staff = people.staff(Area.SALES);

        Page refused = Page.of(mvc.perform(post("/account/notifications").with(as(staff)).with(csrf()).param("digestEnabled", "true")
                        .param("digestAt", "24:00").param("language", "en").param("version", "0"))
                .andExpect(status().isOk()));
        assertThat(refused.error("digestAt")).isEqualTo("Enter a time from 00:00 to 23:59.");
        assertThat(refused.value("digestAt")).isEqualTo("24:00");

        assertThat(jdbc.sql("select count(*) from notice_settings where user_id = ?").param(staff.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_tampered_version_is_said_plainly_and_changes_nothing() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item prospect = mother.prospect(staff.id(), Duration.ofHours(1));

        Page refused = Page.of(mvc.perform(post("/items/{id}/follow-ups", prospect.id()).with(as(staff)).with(csrf())
                        .param("version", "1e400").param("channel", "CALL").param("result", "Talked"))
                .andExpect(status().isOk()));
        assertThat(refused.text("#item-check-off [role=alert]")).startsWith("This form came back changed and could not be read.");

        assertThat(followUps(prospect)).isZero();
    }

    @Test
    void a_user_name_no_one_could_have_is_a_failed_sign_in_not_a_server_error() throws Exception {
        for (String username : new String[]{"n".repeat(196), "sofia\u0000"}) {
            mvc.perform(post("/sign-in").with(csrf()).with(People.from("10.9.9.9")).param("username", username)
                            .param("password", "whatever"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
    }

    @Test
    void every_shared_text_field_says_how_long_it_may_be() throws Exception {
        mother.salesRule(RuleMother.uniqueTopic("Limits"));
        Page form = Page.of(mvc.perform(get("/items/new").param("area", "SALES").with(as(people.staff(Area.SALES)))));
        assertThat(form.attr("#title", "maxlength")).isEqualTo(String.valueOf(Item.MAX_TITLE));
        assertThat(form.attr("#contactPhone", "maxlength")).isEqualTo(String.valueOf(Counterpart.MAX_PHONE));
        assertThat(form.select("form[action=/items] input[type=text], form[action=/items] input[type=email], form[action=/items] input[type=tel]"))
                .hasSizeGreaterThan(2).allSatisfy(field -> assertThat(field.attr("maxlength")).as(field.id()).isNotBlank());
    }

    private long followUps(Item item) {
        return jdbc.sql("select count(*) from follow_up where item_id = ?").param(item.id()).query(Long.class).single();
    }
}
