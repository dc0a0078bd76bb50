package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.web.support.HttpSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** PostgreSQL stopped under a running app, then started again: people get a quick, clear answer, then service again. */
class DatabaseOutageTest {

    private static final Duration QUICK = Duration.ofMillis(3500);

    @Test
    void while_the_database_is_away_requests_answer_quickly_with_a_503_page_and_then_the_app_recovers(
            @TempDir Path dataDirectory) throws Exception {
        int port = freePort();
        EmbeddedPostgres database = postgres(dataDirectory, port);
        try (ConfigurableApplicationContext app = start(port)) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
            app.getBean(UserAccounts.class).save(UserAccount.create("olga", "Olga Outage", encoder.encode("outage password"),
                    Role.DIRECTOR, Set.of()));
            HttpSession olga = new HttpSession();
            assertThat(olga.signIn(base, "olga", "outage password").body()).contains("Hello, Olga Outage");

            database.close();

            Timed<HttpResponse<String>> page = timed(() -> olga.get(base + "/my-follow-ups"));
            assertThat(page.answer().statusCode()).isEqualTo(503);
            assertThat(page.took()).isLessThan(QUICK);
            assertThat(page.answer().body()).contains("Followup cannot reach its database")
                    .contains("Nothing you were typing was saved").contains("/assets/css/app").doesNotContain("Exception");
            HttpResponse<String> spanish = olga.send(request(base + "/items").header("Accept-Language", "es"));
            assertThat(spanish.statusCode()).isEqualTo(503);
            assertThat(spanish.body()).contains("Followup no puede conectar con su base de datos");
            Timed<HttpResponse<String>> htmx = timed(() -> olga.send(request(base + "/my-follow-ups").header("HX-Request", "true")));
            assertThat(htmx.answer().statusCode()).isEqualTo(503);
            assertThat(htmx.took()).isLessThan(QUICK);
            Timed<HttpResponse<String>> anonymousForm = timed(() -> new HttpSession().send(request(base + "/sign-in")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=olga&password=x"))));
            assertThat(anonymousForm.answer().statusCode()).isEqualTo(503);
            assertThat(anonymousForm.took()).isLessThan(QUICK);

            Timed<HttpResponse<String>> stylesheet = timed(() -> olga.get(base + "/assets/css/app.css"));
            assertThat(stylesheet.answer().statusCode()).isEqualTo(200);
            assertThat(stylesheet.took()).isLessThan(Duration.ofMillis(500));
            Timed<HttpResponse<String>> htmxLibrary = timed(() -> olga.get(base + "/webjars/htmx.org/dist/htmx.min.js"));
            assertThat(htmxLibrary.answer().statusCode()).isEqualTo(200);
            assertThat(htmxLibrary.took()).isLessThan(Duration.ofMillis(500));
            Timed<HttpResponse<String>> liveness = timed(() -> olga.get(base + "/actuator/health/liveness"));
            assertThat(liveness.answer().statusCode()).isEqualTo(200);
            assertThat(liveness.answer().body()).contains("UP");
            assertThat(liveness.took()).isLessThan(Duration.ofMillis(500));
            Timed<HttpResponse<String>> readiness = timed(() -> olga.get(base + "/actuator/health/readiness"));
            assertThat(readiness.answer().statusCode()).isEqualTo(503);
            assertThat(readiness.answer().body()).contains("DOWN");
            assertThat(readiness.took()).isLessThan(Duration.ofSeconds(1));

            database = postgres(dataDirectory, port);

            HttpResponse<String> home = await("the pool connects again on its own").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(250)).until(() -> olga.get(base + "/"), answer -> answer.statusCode() != 503);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).as("the session survived a clean restart").contains("Hello, Olga Outage");
            assertThat(olga.get(base + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            database.close();
        }
    }

    private static EmbeddedPostgres postgres(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    private static ConfigurableApplicationContext start(int databasePort) {
        return new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0", "--followup.jobs.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres");
    }

    private static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static <T> Timed<T> timed(Call<T> call) throws Exception {
        long start = System.nanoTime();
        T answer = call.run();
        return new Timed<>(answer, Duration.ofNanos(System.nanoTime() - start));
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private record Timed<T>(T answer, Duration took) {
    }
}
