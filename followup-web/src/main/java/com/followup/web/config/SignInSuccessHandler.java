package com.followup.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.io.IOException;
import java.net.URI;

/**
 * After sign-in, back to the page asked for, by its path alone: Spring Security's saved request is an absolute URL
 * built from the request's Host header, which whoever sends the request chooses.
 */
class SignInSuccessHandler extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, saved == null ? "/" : pathOf(saved.getRedirectUrl(), request));
    }

    private static String pathOf(String url, HttpServletRequest request) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().substring(Math.min(
                    request.getContextPath().length(), uri.getRawPath().length()));
            if (!path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
