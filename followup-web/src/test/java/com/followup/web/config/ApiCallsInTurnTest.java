package com.followup.web.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API calls take turns: so many at once, the next ones wait for a turn and are refused only when none came. */
class ApiCallsInTurnTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(4);
    private final CountDownLatch working = new CountDownLatch(2);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final AtomicInteger worked = new AtomicInteger();

    @AfterEach
    void stop() {
        finish.countDown();
        callers.shutdownNow();
    }

    @Test
    void a_call_beyond_the_turns_waits_and_is_refused_with_retry_after_in_its_language_when_no_turn_comes() throws Exception {
        ApiCallsInTurn turns = new ApiCallsInTurn(2, Duration.ofMillis(50), messages());
        Future<?> first = callers.submit(() -> call(turns, "en", slowLead()));
        Future<?> second = callers.submit(() -> call(turns, "en", slowLead()));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = call(turns, "en", lead());
        MockHttpServletResponse rechazado = call(turns, "es", lead());

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/json");
        assertThat(refused.getContentAsString()).startsWith("{\"errors\":[{\"field\":\"\",\"message\":\"Followup is taking other leads");
        assertThat(rechazado.getContentAsString()).contains("Followup está recibiendo otros leads");
        assertThat(worked).hasValue(2);
        finish.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(call(turns, "en", lead()).getStatus()).isEqualTo(201);
    }

    @Test
    void a_waiting_call_takes_the_first_turn_that_frees() throws Exception {
        ApiCallsInTurn turns = new ApiCallsInTurn(2, Duration.ofMinutes(1), messages());
        callers.submit(() -> call(turns, "en", slowLead()));
        callers.submit(() -> call(turns, "en", slowLead()));
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();

        Future<MockHttpServletResponse> waiting = callers.submit(() -> call(turns, "en", lead()));
        finish.countDown();

        assertThat(waiting.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(worked).hasValue(3);
    }

    @Test
    void a_call_that_fails_gives_its_turn_back() throws Exception {
        ApiCallsInTurn turns = new ApiCallsInTurn(1, Duration.ofMillis(50), messages());
        assertThatThrownBy(() -> call(turns, "en", (request, response) -> {
            throw new ServletException("the lead failed");
        })).isInstanceOf(ServletException.class);

        assertThat(call(turns, "en", lead()).getStatus()).isEqualTo(201);
    }

    private FilterChain lead() {
        return (request, response) -> {
            worked.incrementAndGet();
            ((MockHttpServletResponse) response).setStatus(201);
        };
    }

    private FilterChain slowLead() {
        return (request, response) -> {
            worked.incrementAndGet();
            working.countDown();
            try {
                finish.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            ((MockHttpServletResponse) response).setStatus(201);
        };
    }

    private static MockHttpServletResponse call(ApiCallsInTurn turns, String language, FilterChain lead)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/leads");
        request.addPreferredLocale(Locale.forLanguageTag(language));
        MockHttpServletResponse response = new MockHttpServletResponse();
        turns.doFilter(request, response, lead);
        return response;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
