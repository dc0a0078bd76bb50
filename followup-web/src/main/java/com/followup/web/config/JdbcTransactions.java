package com.followup.web.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * Transactions that run only JDBC, on a JDBC transaction manager: the JPA one opens a Hibernate session for each,
 * which costs a signed-in request's session or a lead from an API call more than its SQL. Not a default candidate,
 * so every other transaction keeps the JPA manager; asked for by its name ({@link #MANAGER}). Whatever runs inside
 * such a transaction must begin no transaction of the JPA manager (it would fail), and no such transaction may begin
 * inside a JPA one (it would commit the JPA one's connection).
 */
@Configuration(proxyBeanMethods = false)
public class JdbcTransactions {

    public static final String MANAGER = "jdbcTransactionManager";

    @Bean(name = MANAGER, defaultCandidate = false)
    @SpringSessionTransactionManager
    PlatformTransactionManager jdbcTransactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }
}
