package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.persistence.testing.TestDatabase;
import com.followup.web.support.HttpSession;
import com.followup.web.support.RuleMother;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an operator relies on, over real HTTP: compression, caching of files, metrics behind a token, JSON logs. */
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    private static final String TOKEN = "scrape-7f3a9c";
    private static ConfigurableApplicationContext app;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final HttpSession sofia = new HttpSession();
    private static long sofiaId;

    @BeforeAll
    static void start() throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        // Logback keeps the first test context's configuration: forget it, so this app logs JSON whatever ran before it
        LoggingSystem.get(OperationsTest.class.getClassLoader()).cleanUp();
        app = new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--followup.metrics.token=" + TOKEN,
                "--followup.jobs.initial-delay=PT0S", "--followup.jobs.reopen-postponed.initial-delay=PT0S",
                "--followup.portfolio.recompute-at=* * * * * *",
                "--logging.config=classpath:logback-json-test.xml", "--logging.structured.format.console=ecs",
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=debug");
        PasswordEncoder encoder = app.getBean(PasswordEncoder.class);
        sofiaId = app.getBean(UserAccounts.class).save(UserAccount.create("sofia", "Sofía Sales",
                encoder.encode("sofia password"), Role.STAFF, Set.of(Area.SALES))).id();
        sofia.signIn(base(), "sofia", "sofia password");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void pages_styles_and_scripts_go_compressed_to_clients_that_accept_it_and_files_are_kept_a_year() throws Exception {
        HttpResponse<byte[]> page = sofia.bytes(HttpRequest.newBuilder(URI.create(base() + "/my-follow-ups"))
                .header("Accept-Encoding", "gzip"));
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("Vary").orElse("")).containsIgnoringCase("Accept-Encoding");
        assertThat(page.headers().firstValueAsLong("Content-Length")).hasValue(page.body().length);
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(unzipped).select("#my-follow-ups, footer")).as("the whole page").hasSize(2);
        assertThat(sofia.get(base() + "/my-follow-ups").headers().firstValue("Content-Encoding")).isEmpty();

        var head = Jsoup.parse(sofia.get(base() + "/my-follow-ups").body()).head();
        for (String file : new String[] {head.selectFirst("link[href*=app]").attr("href"),
                head.selectFirst("link[href*=bootstrap]").attr("href"), head.selectFirst("script[src*=htmx]").attr("src")}) {
            HttpResponse<byte[]> compressed = http.send(HttpRequest.newBuilder(URI.create(base() + file))
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(base() + file)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(compressed.headers().firstValue("Content-Encoding")).as(file).hasValue("gzip");
            assertThat(compressed.body().length).as(file).isLessThan(plain.body().length / 2);
            assertThat(compressed.headers().firstValue("Vary").orElse("")).as(file).containsIgnoringCase("Accept-Encoding");
            assertThat(plain.headers().firstValue("Cache-Control")).as(file).hasValue("max-age=31536000");
        }
    }

    @Test
    void metrics_answer_only_the_operators_token() throws Exception {
        assertThat(metrics(null).statusCode()).isEqualTo(403);
        assertThat(metrics("Bearer wrong-" + TOKEN).statusCode()).isEqualTo(403);
        assertThat(sofia.get(base() + "/actuator/prometheus").statusCode()).as("a signed-in person").isEqualTo(403);
        sofia.get(base() + "/my-follow-ups");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(metrics("Bearer " + TOKEN).body()).contains("followup_job_last_run_seconds{job=\"notices\"}")
                        .doesNotContain("followup_job_last_run_seconds{job=\"notices\"} 0.0"));
        assertThat(metrics("Bearer " + TOKEN).body())
                .contains("http_server_requests_seconds_count{", "uri=\"/my-follow-ups\"")
                .contains("hikaricp_connections_active", "followup_job_failures_total{job=\"reopen-postponed\"} 0.0")
                .contains("followup_outbox_unsent 0.0", "followup_items_postponed_due 0.0",
                        "followup_messages_sent_total{via=\"outbox\"}", "followup_messages_failed_total 0.0");
    }

    @Test
    void metrics_count_each_areas_overdue_items_and_say_when_the_nightly_recompute_last_ran() throws Exception {
        RuleMother mother = app.getAutowireCapableBeanFactory().createBean(RuleMother.class);
        mother.prospect(sofiaId, Duration.ofDays(3));
        mother.prospect(sofiaId, Duration.ofDays(2));

        assertThat(metrics("Bearer " + TOKEN).body()).contains("followup_items_overdue{area=\"SALES\"} 2.0",
                "followup_items_overdue{area=\"OPERATIONS\"} 0.0", "followup_items_overdue{area=\"ADMINISTRATION\"} 0.0");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(metrics("Bearer " + TOKEN).body()).contains("followup_job_last_run_seconds{job=\"portfolio-recompute\"}")
                        .doesNotContain("followup_job_last_run_seconds{job=\"portfolio-recompute\"} 0.0"));
        assertThat(metrics("Bearer " + TOKEN).body()).contains("followup_job_failures_total{job=\"portfolio-recompute\"} 0.0");
    }

    @Test
    void each_log_line_of_a_request_is_json_with_its_id_person_and_area(CapturedOutput output) throws Exception {
        String id = sofia.get(base() + "/my-follow-ups").headers().firstValue("X-Request-Id").orElseThrow();

        ObjectMapper json = new ObjectMapper();
        // the server may write the request's last line just after the client has read the response
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains(id)).map(json::readTree).map(line -> line.path("message").asString()))
                .anyMatch(message -> message.startsWith("Completed 200")));
        var lines = output.getOut().lines().filter(line -> line.contains(id)).map(json::readTree).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2).allSatisfy(line -> {
            assertThat(line.path("person").asString()).isEqualTo("sofia");
            assertThat(line.path("area").asString()).isEqualTo("SALES");
        });
        assertThat(lines).extracting(line -> line.path("message").asString()).anyMatch(message -> message.startsWith("Completed 200"));
    }

    private static HttpResponse<String> metrics(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }
}
