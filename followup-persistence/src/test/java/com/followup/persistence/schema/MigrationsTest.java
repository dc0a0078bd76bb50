package com.followup.persistence.schema;

import com.followup.persistence.support.PersistenceTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The context starting at all proves Hibernate validated the schema; this proves Flyway built all of it. */
@PersistenceTest
class MigrationsTest {

    @Autowired
    Flyway flyway;

    @Autowired
    Environment environment;

    @Test
    void every_migration_applies_on_an_empty_database_and_hibernate_only_validates() {
        MigrationInfo[] all = flyway.info().all();

        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState)).containsOnly(MigrationState.SUCCESS);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }
}
