package com.followup.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * At most so many API calls are worked at once ({@code followup.api.calls-at-once}); the others wait for their turn,
 * first come first served, for up to {@code followup.api.wait-for-turn}, and only then are refused with 503 and
 * Retry-After. A flood of leads queues for its turns instead of taking every core from the people on the pages; the
 * wait is counted from after the key's check, so a caller without a key never holds a turn.
 */
final class ApiCallsInTurn extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final Semaphore turns;
    private final long waitNanos;
    private final MessageSource messages;

    ApiCallsInTurn(int callsAtOnce, Duration waitForTurn, MessageSource messages) {
        this.turns = new Semaphore(callsAtOnce, true);
        this.waitNanos = waitForTurn.toNanos();
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!waitForTurn()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    private boolean waitForTurn() {
        try {
            return turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = WebConfiguration.SPANISH.getLanguage().equals(request.getLocale().getLanguage())
                ? WebConfiguration.SPANISH : Locale.ENGLISH;
        String message = messages.getMessage("api.busy", null, locale).replace("\\", "\\\\").replace("\"", "\\\"");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"errors\":[{\"field\":\"\",\"message\":\"" + message + "\"}]}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
