package com.followup.web.config;

import jakarta.servlet.ServletException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Once a request has waited out the pool's connection timeout, its later attempts (saving the session at the end,
 * say) fail at once with the same cause, so a request waits for an absent database once, not two or three times.
 * Outside a request, bounded by {@link #during}, it only passes calls on.
 */
final class OneConnectionWaitPerRequest extends DelegatingDataSource {

    private static final ThreadLocal<SQLException[]> FAILED = new ThreadLocal<>();

    OneConnectionWaitPerRequest(DataSource pool) {
        super(pool);
    }

    interface Request {
        void run() throws IOException, ServletException;
    }

    static void during(Request request) throws IOException, ServletException {
        SQLException[] outer = FAILED.get();
        FAILED.set(new SQLException[1]);
        try {
            request.run();
        } finally {
            FAILED.set(outer);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return remembered(() -> obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return remembered(() -> obtainTargetDataSource().getConnection(username, password));
    }

    private interface Attempt {
        Connection connect() throws SQLException;
    }

    private static Connection remembered(Attempt attempt) throws SQLException {
        SQLException[] failed = FAILED.get();
        if (failed != null && failed[0] != null) {
            throw new SQLTransientConnectionException("The database was unreachable earlier in this request", failed[0]);
        }
        try {
            return attempt.connect();
        } catch (SQLException e) {
            if (failed != null && DatabaseAwayPage.isDatabaseAway(e)) {
                failed[0] = e;
            }
            throw e;
        }
    }
}
