package com.followup.web.config;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions in PostgreSQL, as a signed-in person's requests use them. */
@FollowupWebTest
class SessionStorageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Test
    void a_signed_in_page_reads_its_session_once_and_saves_its_last_access() throws Exception {
        Cookie session = signIn(people.staff(Area.SALES));

        SqlStatements.reset();
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());

        assertThat(SqlStatements.sent()).filteredOn(sql -> sql.contains("FROM SPRING_SESSION S")).hasSize(1);
        assertThat(SqlStatements.sent()).filteredOn(sql -> sql.startsWith("UPDATE SPRING_SESSION")).hasSize(1);
    }

    @Test
    void a_session_signed_out_stays_signed_out() throws Exception {
        Cookie session = signIn(people.staff(Area.OPERATIONS));
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/sign-out").with(csrf()).cookie(session)).andExpect(redirectedUrl("/sign-in?signed-out"));

        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void two_requests_at_once_in_one_session_both_succeed() throws Exception {
        Cookie session = signIn(people.staff(Area.SALES));
        ExecutorService clicks = Executors.newFixedThreadPool(8);
        try {
            // right after sign-in each page makes the session's first CSRF token, so every request adds that attribute
            List<Future<Integer>> answers = IntStream.range(0, 16).mapToObj(i -> clicks.submit(() ->
                    mvc.perform(get("/account/password").cookie(session)).andReturn().getResponse().getStatus())).toList();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            clicks.shutdownNow();
        }
    }

    @Test
    void static_files_and_health_probes_never_read_the_session() throws Exception {
        Cookie session = signIn(people.staff(Area.OPERATIONS));

        SqlStatements.reset();
        mvc.perform(get("/assets/css/app.css").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/assets/no-such-file.css").cookie(session)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health/liveness").cookie(session)).andExpect(status().isOk());

        assertThat(SqlStatements.sent()).isEmpty();
    }

    private Cookie signIn(UserAccount person) throws Exception {
        Cookie session = mvc.perform(post("/sign-in").with(csrf()).with(from("10.1.9.1"))
                        .param("username", person.username()).param("password", People.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).as("the sign-in answers with a session cookie").isNotNull();
        return session;
    }
}
