package com.followup.web.config;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

@FollowupWebTest
class LanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void the_browser_language_picks_spanish() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in").header("Accept-Language", "es-MX,es;q=0.9")));
        assertThat(page.attr("html", "lang")).isEqualTo("es");
        assertThat(page.text("h1")).isEqualTo("Iniciar sesión");
    }

    @Test
    void any_other_browser_language_gets_english() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in").header("Accept-Language", "de-DE")));
        assertThat(page.attr("html", "lang")).isEqualTo("en");
        assertThat(page.text("h1")).isEqualTo("Sign in");
    }

    @Test
    void the_switch_overrides_the_browser_and_is_remembered() throws Exception {
        Page switched = Page.of(mvc.perform(get("/sign-in").param("lang", "es").header("Accept-Language", "en"))
                .andExpect(cookie().value("followup-language", "es")));
        assertThat(switched.text("h1")).isEqualTo("Iniciar sesión");

        Page remembered = Page.of(mvc.perform(get("/sign-in").cookie(new Cookie("followup-language", "es"))
                .header("Accept-Language", "en")));
        assertThat(remembered.text("h1")).isEqualTo("Iniciar sesión");
    }

    @Test
    void the_switch_offers_both_languages_from_the_current_page() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in")));
        assertThat(page.attr(".language-switch a[lang=es]", "href")).isEqualTo("/sign-in?lang=es");
        assertThat(page.attr(".language-switch a[lang=en]", "href")).isEqualTo("/sign-in?lang=en");
    }

    @Test
    void after_a_form_is_refused_the_switch_returns_to_the_page_the_form_was_sent_from() throws Exception {
        UserAccount ana = people.staff(Area.SALES);
        Page refused = Page.of(mvc.perform(post("/account/notifications").with(as(ana)).with(csrf())
                .param("email", "ana at example").param("digestAt", "07:30").param("language", "en").param("version", "0")
                .header("Referer", "http://localhost/account/notifications?lang=en")));
        Page hostile = Page.of(mvc.perform(post("/account/notifications").with(as(ana)).with(csrf())
                .param("email", "ana at example").param("digestAt", "07:30").param("language", "en").param("version", "0")
                .header("Referer", "http://elsewhere.example//evil.example/x")));

        assertThat(refused.error("email")).isNotEmpty();
        assertThat(refused.attr(".language-switch a[lang=es]", "href")).isEqualTo("/account/notifications?lang=es");
        assertThat(hostile.attr(".language-switch a[lang=es]", "href")).isEqualTo("/?lang=es");
    }

    @Test
    void the_switch_keeps_the_pages_filters_and_changes_only_the_language() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in?error&lang=en")));
        assertThat(page.attr(".language-switch a[lang=es]", "href")).isEqualTo("/sign-in?error&lang=es");
    }
}
