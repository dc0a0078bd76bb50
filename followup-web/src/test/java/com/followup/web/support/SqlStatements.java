package com.followup.web.support;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts and keeps the SQL statements the application sends, per thread, so that a test can check
 * that a page issues a bounded number of them whatever the number of rows.
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery()
                    .afterQuery((execution, queries) -> queries.forEach(query -> SENT.get().add(query.getQuery())))
                    .build();
        }
        return bean;
    }

    public static void reset() {
        QueryCountHolder.clear();
        SENT.get().clear();
    }

    /** The statements this thread sent since the last {@link #reset()}, as written. */
    public static List<String> sent() {
        return List.copyOf(SENT.get());
    }

    public static long count() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }

    /**
     * What the page itself sent: MockMvc sends no session cookie, so each request also writes a new session, which
     * a browser's session does at most once a minute (SessionLastAccessEveryMinute).
     */
    public static long pageStatements() {
        return sent().stream().filter(sql -> !sql.contains("SPRING_SESSION")).count();
    }
}
