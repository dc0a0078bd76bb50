package com.followup.persistence.lead;

import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.ResponseTimes;
import com.followup.persistence.SqlTimes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the first response of the leads touched before V41 stored it, once, when the application is ready: by the
 * domain's rule ({@link ResponseTimes#firstResponse}) on the company's working hours, whose zone may be the
 * application's (so SQL alone cannot). A page of leads a statement; several instances starting at once write the
 * same numbers. Until it has run, the figures count those leads from their times.
 */
@Component
class LeadResponseBackfill {

    static final int PAGE = 5_000;

    private final JdbcClient jdbc;
    private final JdbcLeads leads;
    private final Clock clock;

    LeadResponseBackfill(JdbcClient jdbc, JdbcLeads leads, Clock clock) {
        this.jdbc = jdbc;
        this.leads = leads;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void countTheOnesTouchedBefore() {
        BusinessHours hours = leads.businessHours(clock.getZone());
        long after = 0;
        while (true) {
            List<Long> ids = new ArrayList<>();
            List<Long> seconds = new ArrayList<>();
            jdbc.sql("""
                            select id, arrived_at, first_touch_at from lead
                            where first_touch_at is not null and first_response_seconds is null and id > ?
                            order by id limit ?""")
                    .params(after, PAGE)
                    .query(rs -> {
                        ids.add(rs.getLong("id"));
                        seconds.add(ResponseTimes.firstResponse(SqlTimes.instant(rs, "arrived_at"),
                                SqlTimes.instant(rs, "first_touch_at"), hours).toSeconds());
                    });
            if (ids.isEmpty()) {
                return;
            }
            jdbc.sql("""
                            update lead l set first_response_seconds = c.seconds
                            from unnest(cast(? as bigint[]), cast(? as bigint[])) as c(id, seconds)
                            where l.id = c.id and l.first_response_seconds is null""")
                    .params(ids.toArray(Long[]::new), seconds.toArray(Long[]::new)).update();
            after = ids.get(ids.size() - 1);
        }
    }
}
