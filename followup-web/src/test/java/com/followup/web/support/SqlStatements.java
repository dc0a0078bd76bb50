package com.followup.web.support;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.task.TaskDecorator;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Counts and keeps the SQL statements the application sends, per thread, so that a test can check
 * that a page issues a bounded number of them whatever the number of rows. A read a page runs beside its thread
 * (ParallelReads) counts as the page's: the read's thread adds to the page's thread's count and list.
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor, TaskDecorator {

    private static final String NAME = "counted";
    private static final ThreadLocal<List<String>> SENT =
            ThreadLocal.withInitial(() -> Collections.synchronizedList(new ArrayList<>()));

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name(NAME).countQuery()
                    .afterQuery((execution, queries) -> queries.forEach(query -> SENT.get().add(query.getQuery())))
                    .build();
        }
        return bean;
    }

    @Override
    public Runnable decorate(Runnable task) {
        List<String> sent = SENT.get();
        QueryCount count = QueryCountHolder.get(NAME);
        if (count == null) {
            count = new QueryCount();
            QueryCountHolder.put(NAME, count);
        }
        QueryCount counted = count;
        return () -> {
            List<String> ownSent = SENT.get();
            QueryCount ownCount = QueryCountHolder.get(NAME);
            SENT.set(sent);
            QueryCountHolder.put(NAME, counted);
            try {
                task.run();
            } finally {
                SENT.set(ownSent);
                if (ownCount == null) {
                    QueryCountHolder.clear();
                } else {
                    QueryCountHolder.put(NAME, ownCount);
                }
            }
        };
    }

    public static void reset() {
        QueryCountHolder.clear();
        SENT.get().clear();
    }

    /** The statements this thread sent since the last {@link #reset()}, as written. */
    public static List<String> sent() {
        synchronized (SENT.get()) {
            return List.copyOf(SENT.get());
        }
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
