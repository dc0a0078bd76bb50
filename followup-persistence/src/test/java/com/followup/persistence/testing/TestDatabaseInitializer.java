package com.followup.persistence.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Gives each Spring test context a fresh database of its own on the shared test server. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Database database = database(TestDatabase.shared());
        TestPropertyValues.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password()
        ).applyTo(context.getEnvironment());
    }

    /** The context's database: an empty one, which the app's Flyway migrates. */
    protected TestDatabase.Database database(TestDatabase server) {
        return server.createDatabase();
    }
}
