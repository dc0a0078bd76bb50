package com.followup.web.config;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A person whose session was lost (expired, or emptied by a database crash) and who sends a form. */
@FollowupWebTest
class SessionEndedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_form_sent_from_a_lost_session_asks_to_sign_in_again_and_then_returns_to_the_page() throws Exception {
        UserAccount person = people.staff(Area.SALES);
        Cookie lost = signIn(person, "10.1.8.1");
        String token = csrfTokenOn("/account/password", lost);
        loseSessionsOf(person);

        Cookie again = mvc.perform(post("/account/password").cookie(lost).param("_csrf", token)
                        .param("currentPassword", People.PASSWORD).param("newPassword", "a new password for later")
                        .param("confirmation", "a new password for later")
                        .header("Referer", "http://localhost/my-follow-ups?bucket=today"))
                .andExpect(redirectedUrl("/sign-in?expired"))
                .andReturn().getResponse().getCookie("SESSION");
        Page signInPage = Page.of(mvc.perform(get("/sign-in").param("expired", "").cookie(again)).andExpect(status().isOk()));
        assertThat(signInPage.text("[role=alert]")).isEqualTo("Your session ended. Sign in again; nothing was saved.");

        mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.8.1")).cookie(again)
                        .param("username", person.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/my-follow-ups?bucket=today&continue"));
        assertThat(mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.8.1"))
                        .param("username", person.username()).param("password", "a new password for later"))
                .andReturn().getResponse().getRedirectedUrl()).as("nothing of the lost form was done").isEqualTo("/sign-in?error");
    }

    @Test
    void an_htmx_request_from_a_lost_session_sends_the_whole_page_to_sign_in() throws Exception {
        UserAccount person = people.staff(Area.OPERATIONS);
        Cookie lost = signIn(person, "10.1.8.2");
        String token = csrfTokenOn("/my-follow-ups", lost);
        loseSessionsOf(person);

        MockHttpServletResponse answer = mvc.perform(post("/account/password").cookie(lost).header("X-CSRF-TOKEN", token)
                        .header("HX-Request", "true").header("HX-Current-URL", "http://localhost/items"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Redirect", "/sign-in?expired"))
                .andReturn().getResponse();

        assertThat(answer.getContentAsString()).as("no page, htmx follows the redirect").isEmpty();
    }

    @Test
    void a_form_refused_for_a_live_session_is_still_forbidden() throws Exception {
        Cookie session = signIn(people.staff(Area.SALES), "10.1.8.3");

        mvc.perform(post("/account/password").cookie(session).param("_csrf", "forged"))
                .andExpect(status().isForbidden());
    }

    private Cookie signIn(UserAccount person, String address) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address))
                        .param("username", person.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String csrfTokenOn(String page, Cookie session) throws Exception {
        return Page.of(mvc.perform(get(page).cookie(session)).andExpect(status().isOk())).select("input[name=_csrf]").first().val();
    }

    /** What a crash does to the unlogged session tables, for this person only. */
    private void loseSessionsOf(UserAccount person) {
        assertThat(jdbc.sql("delete from spring_session where principal_name = ?").param(person.username()).update()).isPositive();
    }
}
