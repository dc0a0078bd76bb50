package com.followup.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server the tests of one JVM share, chosen once: the server named by
 * FOLLOWUP_TEST_DATABASE_URL when it is set, else Testcontainers when a Docker engine answers,
 * else an embedded PostgreSQL. Each caller of {@link #createDatabase()} or {@link #createMigratedDatabase()} gets a
 * database of its own.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile TestDatabase instance;

    private final String adminUrl;
    private final String username;
    private final String password;
    private final String description;
    private volatile String migratedTemplate;

    private TestDatabase(String adminUrl, String username, String password, String description) {
        this.adminUrl = adminUrl;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    public static TestDatabase shared() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    /** A new, empty database on the shared server. */
    public Database createDatabase() {
        return create("followup_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet(), null);
    }

    /**
     * A new database on the shared server with every Flyway migration already applied, as the app's own Flyway leaves
     * it: a copy of a template this JVM migrated once, so that each app started on it only validates the migrations
     * instead of applying all of them again. Tests of the migrations themselves use {@link #createDatabase()}.
     */
    public Database createMigratedDatabase() {
        return create("followup_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet(), migratedTemplate());
    }

    private String migratedTemplate() {
        if (migratedTemplate == null) {
            synchronized (this) {
                if (migratedTemplate == null) {
                    Database template = create("followup_template_" + ProcessHandle.current().pid(), null);
                    // the app's Flyway settings (spring.flyway.locations in application.properties)
                    Flyway.configure().dataSource(template.url(), template.username(), template.password())
                            .locations("classpath:db/migration").load().migrate();
                    migratedTemplate = template.url().substring(template.url().lastIndexOf('/') + 1);
                }
            }
        }
        return migratedTemplate;
    }

    private Database create(String name, String template) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
             var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name + (template == null ? "" : " template " + template));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database on " + description, e);
        }
        return new Database(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, username, password);
    }

    public String description() {
        return description;
    }

    private static TestDatabase start() {
        String url = System.getenv("FOLLOWUP_TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return new TestDatabase(url, env("FOLLOWUP_TEST_DATABASE_USERNAME", "postgres"),
                    env("FOLLOWUP_TEST_DATABASE_PASSWORD", ""), "the server at " + url);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "a Testcontainers PostgreSQL");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary server goes with it
                }
            }));
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "",
                    "an embedded PostgreSQL");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public record Database(String url, String username, String password) {
    }
}
