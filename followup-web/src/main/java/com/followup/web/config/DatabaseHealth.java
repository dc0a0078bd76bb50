package com.followup.web.config;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Readiness of the database, answered within {@link #PATIENCE}: a load balancer should stop sending people here
 * at once, not after the pool's connection timeout. One check at a time runs, so a stuck one cannot pile up.
 */
final class DatabaseHealth implements HealthIndicator, AutoCloseable {

    static final Duration PATIENCE = Duration.ofMillis(800);

    private final DataSource dataSource;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "database-health");
        thread.setDaemon(true);
        return thread;
    });

    DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        Future<Boolean> check = checker.submit(this::answers);
        try {
            return check.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("database", "PostgreSQL does not answer").build();
        } catch (TimeoutException e) {
            check.cancel(true);
            return Health.down().withDetail("database", "PostgreSQL did not answer within " + PATIENCE.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause() instanceof Exception cause ? cause : e).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private boolean answers() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
