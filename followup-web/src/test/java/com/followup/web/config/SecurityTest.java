package com.followup.web.config;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class SecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void anonymous_people_are_sent_to_sign_in() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void the_sign_in_page_and_static_files_are_open_to_everyone() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
        mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/css/bootstrap.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
    }

    @Test
    void only_directors_manage_people() throws Exception {
        mvc.perform(get("/admin/users").with(as(people.staff(Area.SALES)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as(people.manager(Area.SALES)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as(people.director()))).andExpect(status().isOk());
    }

    @Test
    void everyone_signed_in_reaches_home_and_their_password_page() throws Exception {
        for (UserAccount person : List.of(
                people.staff(Area.OPERATIONS), people.manager(Area.SALES), people.director())) {
            mvc.perform(get("/").with(as(person))).andExpect(status().isOk());
            mvc.perform(get("/account/password").with(as(person))).andExpect(status().isOk());
        }
    }

    @Test
    void the_navigation_shows_people_management_to_directors_only() throws Exception {
        assertThat(Page.of(mvc.perform(get("/").with(as(people.director())))).text("#main-nav a[href=/admin/users]"))
                .isEqualTo("People");
        Page staffs = Page.of(mvc.perform(get("/").with(as(people.staff(Area.SALES)))));
        assertThat(staffs.select("#main-nav a")).isNotEmpty();
        assertThat(staffs.select("a[href^=/admin/users]")).isEmpty();
    }

    @Test
    void a_post_without_a_csrf_token_is_refused() throws Exception {
        var director = people.director();
        mvc.perform(post("/admin/users").with(as(director))
                        .param("username", "nocsrf").param("displayName", "No Token").param("role", "STAFF")
                        .param("areas", "SALES").param("initialPassword", "long enough password"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").with(as(director))).andExpect(status().isForbidden());
    }

    @Test
    void signing_out_needs_the_token_and_then_ends_the_session() throws Exception {
        mvc.perform(post("/sign-out").with(as(people.staff(Area.SALES))).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signed-out"));
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pages_carry_no_inline_script_or_style_and_configure_htmx_without_eval() throws Exception {
        Page page = Page.of(mvc.perform(get("/sign-in")).andExpect(status().isOk()));
        assertThat(page.select("script")).isNotEmpty().allSatisfy(script -> assertThat(script.attr("src")).isNotBlank());
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.attr("meta[name=htmx-config]", "content")).contains("\"allowEval\":false");
    }

    @Test
    void health_probes_are_open_and_nothing_else_of_actuator_is() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/env").with(as(people.director()))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(as(people.director()))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator").with(as(people.director()))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator")).andExpect(status().is3xxRedirection());
    }
}
