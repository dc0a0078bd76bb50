package com.followup.persistence.dashboard;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * PostgreSQL keeps the dashboards' counts per day in {@code follow_up_day} (Flyway V10), in the zone written in
 * {@code company_zone}. On start this writes the company's zone there and, when it changed, counts every day again
 * in one transaction, so that a day on a dashboard is always a day of the company.
 */
@Component
@DependsOnDatabaseInitialization
public class FollowUpDays implements InitializingBean {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ZoneId zone;

    FollowUpDays(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.zone = clock.getZone();
    }

    @Override
    public void afterPropertiesSet() {
        String name = postgresName(zone);
        transaction.executeWithoutResult(status -> {
            // several instances starting at once: the first rebuilds, the others find the zone written
            String written = jdbc.sql("select zone from company_zone for update").query(String.class).single();
            if (!written.equals(name)) {
                jdbc.sql("update company_zone set zone = ?").param(name).update();
                jdbc.sql("select follow_up_day_rebuild()").query((rs, row) -> row).list();
            }
        });
    }

    /** A region as it is; a fixed offset in POSIX form, where PostgreSQL reads +02:00 as two hours west. */
    public static String postgresName(ZoneId zone) {
        ZoneId normalized = zone.normalized();
        if (normalized instanceof ZoneOffset offset) {
            return offset.getTotalSeconds() == 0 ? "UTC" : "<" + offset.getId() + ">" + invert(offset).getId();
        }
        return normalized.getId();
    }

    private static ZoneOffset invert(ZoneOffset offset) {
        return ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds());
    }
}
