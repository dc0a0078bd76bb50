package com.followup.persistence.testing;

/**
 * Gives each Spring test context a database of its own on the shared test server with the migrations already applied
 * ({@link TestDatabase#createMigratedDatabase()}); the app's Flyway then only validates them.
 */
public class MigratedDatabaseInitializer extends TestDatabaseInitializer {

    @Override
    protected TestDatabase.Database database(TestDatabase server) {
        return server.createMigratedDatabase();
    }
}
