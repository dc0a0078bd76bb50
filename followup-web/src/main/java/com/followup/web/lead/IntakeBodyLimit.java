package com.followup.web.lead;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * The first thing a stranger's post to {@code /intake/<secret>} meets, before anything reads its body: a website's
 * form sends a few fields as {@code application/x-www-form-urlencoded}, so a file upload (multipart, which the
 * servlet would otherwise store on disk up to the app's upload limit) or a declared length over
 * {@link WebFormIntakeController#MAX_BODY} is refused unread.
 */
public final class IntakeBodyLimit extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
            return;
        }
        if (request.getContentLengthLong() > WebFormIntakeController.MAX_BODY) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
