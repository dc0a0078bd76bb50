package com.followup.persistence.lead;

import com.followup.domain.lead.LeadAlert;
import com.followup.domain.lead.LeadAlerts;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The alerts decided about leads (lead_alert, one row per lead and kind) and the leads that may need one. */
@Repository
@Transactional
class JdbcLeadAlerts implements LeadAlerts {

    private final JdbcClient jdbc;

    JdbcLeadAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadAlert.Unanswered> unanswered(Instant since, Instant now, boolean handOver, long afterId, int limit) {
        return jdbc.sql("""
                        select l.id, l.name, l.owner_id, l.source_id, l.arrived_at, l.halfway_at, l.respond_by,
                               array(select a.kind from lead_alert a where a.lead_id = l.id) as decided
                        from lead l
                        where l.status = 'NEW' and l.first_touch_at is null and l.arrived_at >= :since and l.id > :after
                          and (not exists (select 1 from lead_alert a where a.lead_id = l.id and a.kind = 'ARRIVED')
                               or l.halfway_at <= :now and l.respond_by > :now
                                  and not exists (select 1 from lead_alert a where a.lead_id = l.id and a.kind = 'HALFWAY')
                               or l.respond_by <= :now
                                  and not exists (select 1 from lead_alert a where a.lead_id = l.id and a.kind = 'BREACHED')
                               or :handOver and l.respond_by <= :now
                                  and not exists (select 1 from lead_alert a where a.lead_id = l.id and a.kind = 'HANDED_OVER'))
                        order by l.id limit :limit""")
                .param("since", SqlTimes.timestamp(since)).param("now", SqlTimes.timestamp(now)).param("handOver", handOver)
                .param("after", afterId).param("limit", limit)
                .query((rs, row) -> new LeadAlert.Unanswered(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"),
                        rs.getLong("source_id"), SqlTimes.instant(rs, "arrived_at"), SqlTimes.instant(rs, "halfway_at"),
                        SqlTimes.instant(rs, "respond_by"), Arrays.stream((String[]) rs.getArray("decided").getArray())
                        .map(LeadAlert::valueOf).collect(Collectors.toSet())))
                .list();
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public boolean claim(long leadId, LeadAlert alert, Instant at) {
        return jdbc.sql("insert into lead_alert (lead_id, kind, decided_at) values (?, ?, ?) on conflict do nothing")
                .params(leadId, alert.name(), SqlTimes.timestamp(at)).update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Breach> breaches(Long ownerId, Instant from, Instant to) {
        return jdbc.sql("""
                        select l.id, l.name, u.display_name, l.respond_by, l.first_touch_at
                        from lead l join app_user u on u.id = l.owner_id
                        where l.respond_by >= :from and l.respond_by < :to
                          and (l.first_touch_at is null and l.status <> 'DISQUALIFIED' or l.first_touch_at > l.respond_by)
                          and (cast(:owner as bigint) is null or l.owner_id = :owner)
                        order by l.respond_by, l.id limit 200""")
                .param("from", SqlTimes.timestamp(from)).param("to", SqlTimes.timestamp(to)).param("owner", ownerId)
                .query((rs, row) -> new Breach(rs.getLong("id"), rs.getString("name"), rs.getString("display_name"),
                        SqlTimes.instant(rs, "respond_by"), SqlTimes.instant(rs, "first_touch_at")))
                .list();
    }
}
