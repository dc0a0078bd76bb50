package com.followup.persistence.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each Spring test context a database of its own on the shared test server with the migrations already applied
 * ({@link TestDatabase#createMigratedDatabase()}); the app's Flyway then only validates them.
 */
public class MigratedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Database database = TestDatabase.shared().createMigratedDatabase();
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()
        ).applyTo(context.getEnvironment());
    }
}
