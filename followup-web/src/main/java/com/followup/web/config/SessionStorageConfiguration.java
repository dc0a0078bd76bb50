package com.followup.web.config;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Signed-in sessions live in PostgreSQL (Spring Session JDBC), read on every request and written when they changed
 * or their last access is a minute old ({@link SessionLastAccessEveryMinute}). Their
 * transactions are plain JDBC ones ({@link JdbcTransactions}): the JPA transaction manager would open a Hibernate
 * session for each, twice a request. A request
 * reads its session once ({@link SessionReadOncePerRequest}); static files and health probes never read it
 * ({@link SessionlessRequests}), and API calls have none ({@link ApiCallsWithoutSession}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStorageConfiguration {

    /** Two requests of one session at once (a double click) may both add an attribute: PostgreSQL's upsert takes both. */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor sessionReadOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof SessionRepositoryFilter<?> sessionFilter) {
                    return skippedForSessionlessRequests(sessionFilter);
                }
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new SessionReadOncePerRequest<>(new SessionLastAccessEveryMinute<>(sessions)) : bean;
            }
        };
    }

    private static Filter skippedForSessionlessRequests(Filter sessionFilter) {
        return (request, response, chain) -> {
            HttpServletRequest apiCall = request instanceof HttpServletRequest http ? ApiCallsWithoutSession.of(http) : null;
            if (apiCall != null) {
                chain.doFilter(apiCall, response);
            } else if (request instanceof HttpServletRequest http && SessionlessRequests.INSTANCE.matches(http)) {
                chain.doFilter(request, response);
            } else {
                sessionFilter.doFilter(request, response, chain);
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> sessionRequestScope() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SessionReadOncePerRequest.requestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
