package com.followup.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * A marketing tool's call to /api never reads nor makes an HTTP session: it has no cookie to keep, and a session
 * made for it would be a row in the database for each lead. Its request skips Spring Session's filter (which cost
 * every call its wrapping and commit), says it has no session, and refuses to make one, so that code that would
 * fails in the tests instead of filling the session table.
 */
final class ApiCallsWithoutSession extends HttpServletRequestWrapper {

    private ApiCallsWithoutSession(HttpServletRequest request) {
        super(request);
    }

    /**
     * The request as an API call sees it, or null when it is not one. Only its first dispatch: an error page drawn
     * for it keeps the session filter, as before.
     */
    static HttpServletRequest of(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return null;
        }
        return isApiCall(request) ? new ApiCallsWithoutSession(request) : null;
    }

    /** Whether the request is a call to /api. */
    static boolean isApiCall(HttpServletRequest request) {
        String path = SessionlessRequests.path(request);
        return path != null && path.startsWith("/api/");
    }

    @Override
    public HttpSession getSession(boolean create) {
        if (create) {
            throw new IllegalStateException("an API call makes no session");
        }
        return null;
    }

    @Override
    public HttpSession getSession() {
        return getSession(true);
    }

    @Override
    public String getRequestedSessionId() {
        return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
        return false;
    }

    @Override
    public String changeSessionId() {
        throw new IllegalStateException("an API call has no session");
    }
}
