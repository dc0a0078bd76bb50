package com.followup.web.config;

import com.followup.web.support.FollowupWebTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

@FollowupWebTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_browser_language_picks_spanish() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "es-MX,es;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("Iniciar sesión")));
    }

    @Test
    void any_other_browser_language_gets_english() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void the_switch_overrides_the_browser_and_is_remembered() throws Exception {
        mvc.perform(get("/sign-in").param("lang", "es").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Iniciar sesión")))
                .andExpect(cookie().value("followup-language", "es"));

        mvc.perform(get("/sign-in").cookie(new Cookie("followup-language", "es"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Iniciar sesión")));
    }

    @Test
    void the_switch_offers_both_languages_from_the_current_page() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(content().string(containsString("href=\"/sign-in?lang=es\"")))
                .andExpect(content().string(containsString("href=\"/sign-in?lang=en\"")));
    }

    @Test
    void the_switch_keeps_the_pages_filters_and_changes_only_the_language() throws Exception {
        mvc.perform(get("/sign-in?error&lang=en"))
                .andExpect(content().string(containsString("href=\"/sign-in?error&amp;lang=es\"")));
    }
}
