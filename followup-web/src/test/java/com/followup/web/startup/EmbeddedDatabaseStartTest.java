package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The quick start: no database configured, so the app runs its own PostgreSQL and keeps its data. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseStartTest {

    @Test
    void with_no_database_configured_the_app_runs_a_durable_embedded_postgresql_with_demo_data(
            @TempDir Path workingDirectory, CapturedOutput output) throws Exception {
        Path dataDirectory = workingDirectory.resolve("data/postgres");

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            assertThat(output).contains("Using the embedded PostgreSQL database")
                    .contains(dataDirectory.toString())
                    .contains("Loaded demo data");
            UserAccounts accounts = app.getBean(UserAccounts.class);
            assertThat(accounts.findByUsername("diana")).map(UserAccount::role).contains(Role.DIRECTOR);
            assertThat(app.getBean(FollowUpRules.class).findAll(false)).extracting(FollowUpRule::topic)
                    .containsExactlyInAnyOrder("New prospects", "Collections", "Suppliers' deliveries");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(signInAndOpenHome(port(app), "diana", "followup-demo")).contains("Hello, Diana Directora");
            accounts.save(UserAccount.create("kept", "Kept Across Restarts", "{noop}x", Role.STAFF, Set.of()));
        }

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            UserAccounts accounts = app.getBean(UserAccounts.class);
            assertThat(accounts.findByUsername("kept")).isPresent();
            assertThat(accounts.count()).as("demo data is loaded only into an empty database").isEqualTo(7);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(FollowupApplication.class)
                .run("--server.port=0", "--followup.embedded-database.directory=" + dataDirectory);
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static String signInAndOpenHome(int port, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String signInPage = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.uri().getPath()).isEqualTo("/");
        return home.body();
    }
}
