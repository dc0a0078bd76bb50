package com.followup.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

/**
 * When PostgreSQL cannot be reached, a request ends here with a 503 page in the person's language, rendered
 * without the database: the container's error dispatch would read the session again and wait out another timeout.
 */
final class DatabaseAwayPage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayPage.class);

    private final ViewResolver views;
    private final LocaleResolver locales;

    DatabaseAwayPage(ViewResolver views, LocaleResolver locales) {
        this.views = views;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            OneConnectionWaitPerRequest.during(() -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!isDatabaseAway(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database cannot be reached; {} {} answered 503: {}", request.getMethod(),
                    request.getRequestURI(), rootCause(failure).getMessage());
            render(request, response);
        }
    }

    /** An error page that needs the database (the navigation's counts) gets this page instead. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Whether a failure comes from a database that cannot be connected to or has gone while in use. */
    static boolean isDatabaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // a rollback on a dead connection fails too, and hides why the work failed
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isDatabaseAway(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[1-3]"))) {
                return true;
            }
        }
        return false;
    }

    private void render(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        try {
            View page = views.resolveViewName("error", locales.resolveLocale(request));
            page.render(Map.of("kind", "503", "status", HttpStatus.SERVICE_UNAVAILABLE.value(), "currentPath", "/"),
                    request, response);
        } catch (Exception e) {
            throw new ServletException("The database-away page could not be rendered", e);
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
