package com.followup.web.config;

import com.followup.domain.account.UserAccounts;
import com.followup.web.support.FollowupWebTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/** Web tests run against a configured server, the way production does. */
@FollowupWebTest
class DatabaseChoiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    UserAccounts accounts;

    @Test
    void a_configured_server_is_used_and_no_embedded_database_is_started() {
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:postgresql://");
        assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
    }

    @Test
    void a_configured_server_gets_no_demo_data_unless_asked() {
        assertThat(environment.getProperty("followup.demo-data")).isEqualTo("auto");
        assertThat(accounts.findByUsername("diana")).isEmpty();
    }
}
