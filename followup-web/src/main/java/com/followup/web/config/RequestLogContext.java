package com.followup.web.config;

import com.followup.web.account.SignedInUser;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * Every log line of a request carries its request id (also sent back as {@code X-Request-Id}) and, once Spring
 * Security knows them, the person's user name and areas: {@code requestId}, {@code person} and {@code area} in the
 * MDC, fields of their own in JSON logs (docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

    static final String REQUEST_ID = "requestId";
    static final String PERSON = "person";
    static final String AREA = "area";

    @Bean
    FilterRegistrationBean<Filter> requestIdInLog() {
        Filter filter = (request, response, chain) -> {
            String id = request.getAttribute(REQUEST_ID) instanceof String known ? known
                    : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            request.setAttribute(REQUEST_ID, id);
            if (response instanceof HttpServletResponse http && !http.containsHeader("X-Request-Id")) {
                http.setHeader("X-Request-Id", id);
            }
            MDC.put(REQUEST_ID, id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(REQUEST_ID);
                MDC.remove(PERSON);
                MDC.remove(AREA);
            }
        };
        return registration("requestIdInLog", filter, Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<Filter> personInLog() {
        Filter filter = (request, response, chain) -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn != null && signedIn.getPrincipal() instanceof SignedInUser person) {
                MDC.put(PERSON, person.username());
                if (!person.areas().isEmpty()) {
                    MDC.put(AREA, person.areas().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
                }
            }
            chain.doFilter(request, response);
        };
        return registration("personInLog", filter, SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    }

    private static FilterRegistrationBean<Filter> registration(String name, Filter filter, int order) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.setOrder(order);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
