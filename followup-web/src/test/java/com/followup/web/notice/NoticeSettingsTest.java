package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.notice.Notices;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalTime;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class NoticeSettingsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Notices notices;

    @Test
    void a_person_chooses_a_digest_time_and_language() throws Exception {
        UserAccount ana = people.staff(Area.ADMINISTRATION);

        mvc.perform(post("/account/notifications").with(as(ana)).with(csrf()).param("email", "ana@example.com")
                        .param("digestEnabled", "true").param("digestAt", "07:30").param("language", "es").param("version", "0"))
                .andExpect(redirectedUrl("/account/notifications"));

        assertThat(notices.settings(ana.id())).hasValueSatisfying(settings -> {
            assertThat(settings.digestAt()).isEqualTo(LocalTime.of(7, 30));
            assertThat(settings.language()).isEqualTo("es");
            assertThat(settings.digestEnabled()).isTrue();
        });
    }

    @Test
    void before_a_person_chooses_the_digest_speaks_the_language_they_read_the_app_in() throws Exception {
        UserAccount ana = people.staff(Area.ADMINISTRATION);

        Page spanish = Page.of(mvc.perform(get("/account/notifications").with(as(ana)).header("Accept-Language", "es-ES"))
                .andExpect(status().isOk()));
        Page english = Page.of(mvc.perform(get("/account/notifications").with(as(ana)).header("Accept-Language", "en-GB")));
        Page other = Page.of(mvc.perform(get("/account/notifications").with(as(ana)).header("Accept-Language", "de")));

        assertThat(spanish.value("language")).isEqualTo("es");
        assertThat(english.value("language")).isEqualTo("en");
        assertThat(other.value("language")).isEqualTo("en");
    }

    @Test
    void a_digest_without_an_address_or_a_bad_address_is_refused_next_to_the_field_with_the_input_kept() throws Exception {
        UserAccount ana = people.staff(Area.ADMINISTRATION);

        ResultActions noAddress = mvc.perform(post("/account/notifications").with(as(ana)).with(csrf()).param("email", "")
                        .param("digestEnabled", "true").param("digestAt", "07:30").param("language", "en").param("version", "0"))
                .andExpect(status().isOk());
        assertThat(Page.of(noAddress).error("email")).isEqualTo("A digest needs an email address.");
        Page badAddress = Page.of(mvc.perform(post("/account/notifications").with(as(ana)).with(csrf()).param("email", "ana at example")
                .param("digestAt", "7 am").param("language", "en").param("version", "0")));
        assertThat(badAddress.error("email")).isEqualTo("Enter an email address such as ana@example.com.");
        assertThat(badAddress.value("email")).isEqualTo("ana at example");
        assertThat(badAddress.error("digestAt")).isEqualTo("Enter a time from 00:00 to 23:59.");
        assertThat(notices.settings(ana.id())).isEmpty();
    }

    @Test
    void a_second_tab_saving_stale_settings_is_told() throws Exception {
        UserAccount ana = people.staff(Area.ADMINISTRATION);
        mvc.perform(post("/account/notifications").with(as(ana)).with(csrf()).param("email", "ana@example.com")
                .param("digestAt", "07:30").param("language", "en").param("version", "0"));

        Page stale = Page.of(mvc.perform(post("/account/notifications").with(as(ana)).with(csrf()).param("email", "other@example.com")
                .param("digestAt", "09:00").param("language", "en").param("version", "0")));
        assertThat(stale.text("form [role=alert]")).startsWith("These settings were changed elsewhere a moment ago.");
        assertThat(notices.settings(ana.id()).orElseThrow().email()).isEqualTo("ana@example.com");
    }

    @Test
    void only_directors_read_the_outbox_and_without_smtp_messages_are_kept_there() throws Exception {
        mvc.perform(get("/admin/outbox").with(as(people.manager(Area.SALES)))).andExpect(status().isForbidden());
        Page outbox = Page.of(mvc.perform(get("/admin/outbox").with(as(people.director()))).andExpect(status().isOk()));
        assertThat(outbox.text("h1 + p")).startsWith("No mail server is configured");
    }
}
