package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;

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
                    .containsExactlyInAnyOrder("New prospects", "Collections", "Suppliers' deliveries", "Service, segment A",
                            "Service, segment B", "Service, segment C", "Lapsed customers");
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            // seven items, and the prospect the demo's qualified lead became
            assertThat(jdbc.sql("select count(*) from item where portfolio_purpose is null").query(Long.class).single()).isEqualTo(8);
            assertThat(jdbc.sql("select count(*) from item where portfolio_purpose = 'SERVICE'").query(Long.class).single())
                    .as("a service item per customer").isEqualTo(60);
            assertThat(jdbc.sql("select count(*) from item i join customer_score s using (customer_id) where s.lapsed"
                    + " and i.portfolio_purpose = 'LAPSE'").query(Long.class).single())
                    .isEqualTo(jdbc.sql("select count(*) from customer_score where lapsed").query(Long.class).single());
            assertThat(app.getBean(PortfolioLists.class).coverage(null)).as("coverage shows something, not 0 % nor 100 %")
                    .allSatisfy(coverage -> assertThat(coverage.percent()).isBetween(1, 99));
            assertThat(jdbc.sql("select distinct status from lead").query(String.class).list())
                    .as("demo leads in every status").containsExactlyInAnyOrder("NEW", "ATTEMPTING", "CONNECTED", "QUALIFIED", "DISQUALIFIED");
            assertThat(jdbc.sql("select count(*) from lead where first_touch_at is null and respond_by < now()")
                    .query(Long.class).single()).as("one demo lead past its deadline").isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from item where started_at > now()").query(Long.class).single())
                    .as("demo items start no later than when they are loaded, so each can be checked off").isZero();
            assertThat(jdbc.sql("select count(*) from customer").query(Long.class).single()).isEqualTo(60);
            assertThat(jdbc.sql("select count(*) from sale_line where day > current_date").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select distinct segment from customer_score").query(String.class).list())
                    .as("every segment shows something on the first start").containsExactlyInAnyOrder("A", "B", "C");
            assertThat(jdbc.sql("select distinct rfm_group from customer_score where rfm_group is not null").query(String.class).list())
                    .containsExactlyInAnyOrder("CHAMPIONS", "LOYAL", "NEW", "NEEDS_ATTENTION", "AT_RISK", "CANT_LOSE", "HIBERNATING");
            assertThat(jdbc.sql("select distinct health_band from customer_score").query(String.class).list())
                    .containsExactlyInAnyOrder("RED", "AMBER", "GREEN");
            assertThat(jdbc.sql("select bool_or(lapsed) and bool_or(churned) and bool_or(least_profitable)"
                    + " and bool_or(potential > 0) from customer_score").query(Boolean.class).single()).isTrue();
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            HttpResponse<String> home = new HttpSession().signIn("http://localhost:" + port(app), "diana", "followup-demo");
            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(home.body()).contains("Hello, Diana Directora");
            accounts.save(UserAccount.create("kept", "Kept Across Restarts", "{noop}x", Role.STAFF, Set.of()));
        }

        try (ConfigurableApplicationContext app = start(dataDirectory)) {
            UserAccounts accounts = app.getBean(UserAccounts.class);
            assertThat(accounts.findByUsername("kept")).isPresent();
            assertThat(accounts.count()).as("demo data is loaded only into an empty database").isEqualTo(8);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(FollowupApplication.class)
                .run("--server.port=0", "--followup.embedded-database.directory=" + dataDirectory);
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }
}
