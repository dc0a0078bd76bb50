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
import org.springframework.test.web.servlet.MvcResult;

import static com.followup.web.support.People.as;
import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Whatever Host a request names, the app never sends anyone there: its redirects are paths. */
@FollowupWebTest
class RedirectsTest {

    private static final String FORGED = "evil.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void signing_in_returns_to_the_page_asked_for_by_its_path_whatever_the_host_header() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        MvcResult asked = mvc.perform(get("/items?area=SALES").header("Host", FORGED)).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
        Cookie session = asked.getResponse().getCookie("SESSION");

        MvcResult signedIn = mvc.perform(post("/sign-in").header("Host", FORGED).cookie(session).with(csrf())
                        .with(from("10.5.0.1")).param("username", staff.username()).param("password", People.PASSWORD))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).startsWith("/items?area=SALES").doesNotContain(FORGED);
    }

    @Test
    void no_redirect_of_the_app_names_the_host_the_request_gave() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        assertThat(location(mvc.perform(post("/sign-in").header("Host", FORGED).with(csrf()).with(from("10.5.0.2"))
                .param("username", staff.username()).param("password", People.PASSWORD)).andReturn())).isEqualTo("/");
        assertThat(location(mvc.perform(post("/sign-in").header("Host", FORGED).with(csrf()).with(from("10.5.0.2"))
                .param("username", staff.username()).param("password", "wrong")).andReturn())).isEqualTo("/sign-in?error");
        assertThat(location(mvc.perform(post("/sign-out").header("Host", FORGED).with(as(staff)).with(csrf()))
                .andReturn())).isEqualTo("/sign-in?signed-out");
        assertThat(location(mvc.perform(get("/dashboards").header("Host", FORGED).with(as(staff))).andReturn()))
                .isEqualTo("/my-numbers");
        assertThat(location(mvc.perform(post("/account/password").header("Host", FORGED).with(as(staff)).with(csrf())
                .with(from("10.5.0.2")).param("currentPassword", People.PASSWORD)
                .param("newPassword", "a brand new sentence").param("confirmation", "a brand new sentence")).andReturn()))
                .isEqualTo("/");
    }

    @Test
    void the_calendar_address_is_at_the_base_url_whatever_the_host_header() throws Exception {
        Object address = mvc.perform(post("/account/calendar").header("Host", FORGED).with(as(people.staff(Area.SALES)))
                .with(csrf())).andReturn().getFlashMap().get("calendarUrl");

        assertThat(address).asString().startsWith("http://localhost:8080/calendar/");
    }

    @Test
    void the_language_switch_links_to_this_page_by_its_path() throws Exception {
        Page page = Page.of(mvc.perform(get("/items?area=SALES&lang=es").header("Host", FORGED)
                .with(as(people.staff(Area.SALES)))));

        assertThat(page.attr(".language-switch a[lang=en]", "href")).isEqualTo("/items?area=SALES&lang=en");
        assertThat(page.select("[href*=" + FORGED + "], [action*=" + FORGED + "], [src*=" + FORGED + "]")).isEmpty();
    }

    @Test
    void the_language_switch_never_links_off_the_site() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in?lang=en").header("Host", FORGED)
                .cookie(new Cookie("followup-language", "es"))));

        assertThat(page.attr(".language-switch a[lang=es]", "href")).isEqualTo("/sign-in?lang=es");
        assertThat(page.select("[href*=" + FORGED + "], [action*=" + FORGED + "], [src*=" + FORGED + "]")).isEmpty();
    }

    private static String location(MvcResult result) {
        return result.getResponse().getHeader("Location");
    }
}
