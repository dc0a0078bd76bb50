package com.followup.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Signed-in sessions live in PostgreSQL (Spring Session JDBC), read and written on every request. Their
 * transactions are plain JDBC ones: the JPA transaction manager would open a Hibernate session for each, twice
 * a request. Not a default candidate, so the application's own transactions keep the JPA manager.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorageConfiguration {

    @Bean(defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
