package com.followup.web.config;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;

import java.io.IOException;
import java.net.URI;

/**
 * A form sent from a session that no longer exists (expired, or lost with the database) fails its CSRF check
 * because the token lived in that session. The person is asked to sign in again and then returns to the page
 * they were on; what they sent is dropped, never replayed. Other refusals get the 403 page.
 */
final class SessionEndedHandler implements AccessDeniedHandler {

    static final String SIGN_IN_AGAIN = "/sign-in?expired";
    /** Where Spring Security's HttpSessionRequestCache keeps the page to return to after signing in. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException) || request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
            forbidden.handle(request, response, denied);
            return;
        }
        String page = pageTheyWereOn(request);
        if (page != null) {
            request.getSession().setAttribute(SAVED_REQUEST, savedGet(request, page));
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN_AGAIN);
        } else {
            redirects.sendRedirect(request, response, SIGN_IN_AGAIN);
        }
    }

    /** The path and query of the page the form was on (htmx names it, browsers send it as the same-origin Referer). */
    private static String pageTheyWereOn(HttpServletRequest request) {
        String page = request.getHeader("HX-Current-URL");
        if (page == null) {
            page = request.getHeader("Referer");
        }
        try {
            URI uri = page == null ? null : URI.create(page);
            String path = uri == null || uri.getRawPath() == null ? "" : uri.getRawPath().substring(
                    uri.getRawPath().startsWith(request.getContextPath()) ? request.getContextPath().length() : 0);
            if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.startsWith("/sign-in")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** A GET of that page, as Spring Security saves one when an anonymous person opens a page that needs sign-in. */
    private static DefaultSavedRequest savedGet(HttpServletRequest request, String page) {
        int query = page.indexOf('?');
        String path = query < 0 ? page : page.substring(0, query);
        return new DefaultSavedRequest.Builder()
                .setMethod("GET")
                .setScheme(request.getScheme())
                .setServerName(request.getServerName())
                .setServerPort(request.getServerPort())
                .setContextPath(request.getContextPath())
                .setServletPath(path)
                .setRequestURI(request.getContextPath() + path)
                .setQueryString(query < 0 ? null : page.substring(query + 1))
                .setMatchingRequestParameterName("continue")
                .build();
    }
}
