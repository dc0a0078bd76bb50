package com.followup.web.config;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import javax.sql.DataSource;

/**
 * How the app behaves while PostgreSQL is away: requests end quickly in a 503 page (the pool gives up on a
 * connection after spring.datasource.hikari.connection-timeout) and readiness says DOWN within a second.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseAwayPage> databaseAwayPage(@Qualifier("thymeleafViewResolver") ViewResolver views,
                                                             LocaleResolver locales) {
        FilterRegistrationBean<DatabaseAwayPage> registration = new FilterRegistrationBean<>(new DatabaseAwayPage(views, locales));
        // outside the session filter, which is the first to need the database
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    static BeanPostProcessor oneConnectionWaitPerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof OneConnectionWaitPerRequest)
                        ? new OneConnectionWaitPerRequest(pool) : bean;
            }
        };
    }

    /** Replaces Boot's "db" indicator, which would wait out the pool's whole connection timeout. */
    @Bean(destroyMethod = "close")
    DatabaseHealth dbHealthIndicator(DataSource dataSource) {
        return new DatabaseHealth(dataSource);
    }
}
