package com.followup.web.config;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.SqlStatements;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.session.timeout}")
    Duration timeout;

    @Test
    void signed_in_pages_read_their_session_once_each_and_write_it_only_when_it_changed() throws Exception {
        Cookie session = signIn(people.staff(Area.SALES));
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk()); // makes the session's CSRF token

        SqlStatements.reset();
        for (int page = 0; page < 10; page++) {
            mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());
        }

        assertThat(SqlStatements.sent()).filteredOn(sql -> sql.contains("FROM SPRING_SESSION S")).hasSize(10);
        assertThat(SqlStatements.sent()).filteredOn(SessionStorageTest::writesSession).isEmpty();
    }

    @Test
    void a_session_last_used_over_a_minute_ago_has_its_last_access_written_once() throws Exception {
        Cookie session = signIn(people.staff(Area.SALES));
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());
        Instant stored = lastAccess(session);
        idle(session, Duration.ofSeconds(70));

        SqlStatements.reset();
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/my-follow-ups").cookie(session)).andExpect(status().isOk());

        assertThat(SqlStatements.sent()).filteredOn(SessionStorageTest::writesSession).hasSize(1);
        assertThat(lastAccess(session)).isAfterOrEqualTo(stored);
    }

    @Test
    void the_idle_timeout_still_ends_a_session_to_the_minute() throws Exception {
        Cookie used = signIn(people.staff(Area.SALES));
        Cookie forgotten = signIn(people.staff(Area.OPERATIONS));
        idle(used, timeout.minusMinutes(2));
        idle(forgotten, timeout.plusSeconds(1));

        mvc.perform(get("/my-follow-ups").cookie(used)).andExpect(status().isOk());
        mvc.perform(get("/my-follow-ups").cookie(forgotten)).andExpect(redirectedUrl("/sign-in"));
        idle(used, timeout.minusMinutes(1));
        mvc.perform(get("/my-follow-ups").cookie(used)).andExpect(status().isOk());
    }

    private static boolean writesSession(String sql) {
        return sql.startsWith("UPDATE SPRING_SESSION") || sql.startsWith("INSERT INTO SPRING_SESSION");
    }

    private Instant lastAccess(Cookie session) {
        return Instant.ofEpochMilli(jdbc.sql("select last_access_time from spring_session where session_id = ?")
                .param(id(session)).query(Long.class).single());
    }

    /** Moves the session's stored last access back, as if nobody had used it for that long. */
    private void idle(Cookie session, Duration idle) {
        jdbc.sql("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint"
                        + " where session_id = ?")
                .params(System.currentTimeMillis() - idle.toMillis(), System.currentTimeMillis() - idle.toMillis(), id(session))
                .update();
    }

    private static String id(Cookie session) {
        return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
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
