package com.followup.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.Set;

/**
 * Requests that never read the session, so never the database: static files, the health probes and the metrics.
 * They are answered at once while PostgreSQL is away, and a page's stylesheet does not wait on its session.
 */
final class SessionlessRequests implements RequestMatcher {

    static final SessionlessRequests INSTANCE = new SessionlessRequests();

    private static final List<String> FOLDERS = List.of("/assets/", "/webjars/");
    static final String METRICS = "/actuator/prometheus";
    private static final Set<String> PATHS = Set.of("/favicon.ico", "/actuator/health/liveness", "/actuator/health/readiness", METRICS);

    private SessionlessRequests() {
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = path(request);
        return path != null && (PATHS.contains(path) || FOLDERS.stream().anyMatch(path::startsWith));
    }

    /** The decoded, normalised path the app routes; for an error dispatch (a missing stylesheet), the original one. */
    static String path(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            return original instanceof String uri && uri.startsWith(request.getContextPath())
                    ? uri.substring(request.getContextPath().length()) : null;
        }
        String pathInfo = request.getPathInfo();
        return pathInfo == null ? request.getServletPath() : request.getServletPath() + pathInfo;
    }
}
