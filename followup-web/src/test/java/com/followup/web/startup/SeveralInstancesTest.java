package com.followup.web.startup;

import com.followup.FollowupApplication;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.persistence.testing.TestDatabase;
import com.followup.web.support.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the app on one database behave as one app for the people using them. */
class SeveralInstancesTest {

    @Test
    void a_person_signed_in_on_one_instance_is_signed_in_on_the_other() throws Exception {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        try (ConfigurableApplicationContext first = start(database); ConfigurableApplicationContext second = start(database)) {
            PasswordEncoder encoder = first.getBean(PasswordEncoder.class);
            first.getBean(UserAccounts.class).save(UserAccount.create("roaming", "Rosa Roaming",
                    encoder.encode("roaming password"), Role.STAFF, Set.of()));
            HttpSession rosa = new HttpSession();

            HttpResponse<String> signedIn = rosa.signIn(base(first), "roaming", "roaming password");
            HttpResponse<String> elsewhere = rosa.get(base(second) + "/");

            assertThat(signedIn.body()).contains("Hello, Rosa Roaming");
            assertThat(elsewhere.uri().getPath()).isEqualTo("/");
            assertThat(elsewhere.body()).contains("Hello, Rosa Roaming");
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database database) {
        return new SpringApplicationBuilder(FollowupApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password());
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }
}
