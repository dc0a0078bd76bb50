package com.followup.persistence.lead;

import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.LeadKpis;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.Leads;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.followup.persistence.lead.LeadPredicates.OPEN;
import static com.followup.persistence.lead.LeadPredicates.counted;
import static com.followup.persistence.lead.LeadPredicates.scoped;

/** The response board's and the lead dashboard's numbers, each one statement, and the leads behind them, paged. */
@Repository
@Transactional(readOnly = true)
class JdbcLeadFigures implements LeadFigures {

    private static final String NAMES = " join lead_source src on src.id = l.source_id join app_user u on u.id = l.owner_id";

    private final JdbcClient jdbc;

    JdbcLeadFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Page leads(Query query, Instant now) {
        Counted counted = query.counted();
        String with = "with " + scoped(LeadPredicates.base(counted));
        String from;
        if (counted.ofPeople()) {
            with += ", " + LeadPredicates.PEOPLE;
            from = " from people p join scoped l on l.id = p.id" + NAMES + " where " + counted(counted);
        } else {
            from = " from scoped l" + NAMES + " where " + counted(counted);
        }
        long total = params(jdbc.sql(with + " select count(*)" + from), query.scope(), now, query)
                .query(Long.class).single();
        List<Leads.InboxRow> rows = params(jdbc.sql(with + " select l.*, src.name as source_name, u.display_name as owner_name"
                        + from + " order by " + (counted.ofTheMoment() ? "l.respond_by, l.id" : "l.arrived_at desc, l.id desc")
                        + " limit :size offset :offset"), query.scope(), now, query)
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query((rs, n) -> new Leads.InboxRow(LeadRows.lead(rs), rs.getString("source_name"), rs.getString("owner_name")))
                .list();
        return new Page(rows, total, query.page(), query.size());
    }

    @Override
    public List<OwnerLoad> board(Scope today, Instant now) {
        String sql = "with " + scoped(OPEN + " or " + LeadPredicates.DEADLINE_IN_SCOPE) + """
                 select l.owner_id, u.display_name,
                        count(*) filter (where %s) as open,
                        count(*) filter (where %s) as unanswered,
                        count(*) filter (where %s) as late_now,
                        count(*) filter (where %s) as breached
                 from scoped l join app_user u on u.id = l.owner_id
                 group by l.owner_id, u.display_name
                 having count(*) filter (where %s) > 0 or count(*) filter (where %s) > 0
                 order by u.display_name, l.owner_id""".formatted(counted(Counted.OPEN), counted(Counted.UNANSWERED),
                counted(Counted.LATE_NOW), counted(Counted.BREACHED_IN_SCOPE), counted(Counted.OPEN),
                counted(Counted.BREACHED_IN_SCOPE));
        return params(jdbc.sql(sql), today, now, null)
                .query((rs, n) -> new OwnerLoad(rs.getLong("owner_id"), rs.getString("display_name"), rs.getLong("open"),
                        rs.getLong("unanswered"), rs.getLong("late_now"), rs.getLong("breached")))
                .list();
    }

    @Override
    public List<DeadlineGroup> deadlinesByOwner(Scope scope, Instant now) {
        return deadlines(scope, now, "l.owner_id", "u.display_name");
    }

    @Override
    public List<DeadlineGroup> deadlinesBySource(Scope scope, Instant now) {
        return deadlines(scope, now, "l.source_id", "src.name");
    }

    private List<DeadlineGroup> deadlines(Scope scope, Instant now, String id, String name) {
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + " select " + id + " as id, " + name + " as name,"
                + " count(*) filter (where " + counted(Counted.DEADLINE_MET) + ") as met,"
                + " count(*) filter (where " + counted(Counted.DEADLINE_MISSED) + ") as missed"
                + " from scoped l" + NAMES + " group by " + id + ", " + name + " order by " + name + ", " + id;
        return params(jdbc.sql(sql), scope, now, null)
                .query((rs, n) -> new DeadlineGroup(rs.getLong("id"), rs.getString("name"), null, rs.getLong("met"),
                        rs.getLong("missed")))
                .list();
    }

    @Override
    public List<DeadlineGroup> deadlinesByWeek(Scope scope, Instant now) {
        String week = "cast(date_trunc('week', l.arrived_at at time zone :zone) as date)";
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + " select " + week + " as week,"
                + " count(*) filter (where " + counted(Counted.DEADLINE_MET) + ") as met,"
                + " count(*) filter (where " + counted(Counted.DEADLINE_MISSED) + ") as missed"
                + " from scoped l group by 1 order by 1";
        return params(jdbc.sql(sql), scope, now, null)
                .query((rs, n) -> new DeadlineGroup(null, null, rs.getDate("week").toLocalDate(), rs.getLong("met"),
                        rs.getLong("missed")))
                .list();
    }

    @Override
    public List<Answered> answered(Scope scope, Instant now) {
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + " select l.owner_id, u.display_name, l.arrived_at,"
                + " l.first_touch_at from scoped l join app_user u on u.id = l.owner_id where " + counted(Counted.ANSWERED);
        return params(jdbc.sql(sql), scope, now, null)
                .query((rs, n) -> new Answered(rs.getLong("owner_id"), rs.getString("display_name"),
                        SqlTimes.instant(rs, "arrived_at"), SqlTimes.instant(rs, "first_touch_at")))
                .list();
    }

    @Override
    public List<FunnelCount> funnel(Scope scope, Instant now) {
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + ", " + LeadPredicates.PEOPLE
                + " select p.week, p.step, p.stop, count(*) as people from people p group by 1, 2, 3 order by 1, 2, 3";
        return params(jdbc.sql(sql), scope, now, null)
                .query((rs, n) -> new FunnelCount(rs.getDate("week").toLocalDate(), FunnelStep.values()[rs.getInt("step")],
                        rs.getString("stop") == null ? null : FunnelStep.Stop.valueOf(rs.getString("stop")),
                        rs.getLong("people")))
                .list();
    }

    @Override
    public List<SourceOutcome> outcomes(Scope scope, Instant now) {
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + " select l.source_id, src.name, l.status,"
                + " count(*) as leads, count(*) filter (where " + counted(Counted.WON) + ") as won"
                + " from scoped l" + NAMES + " group by l.source_id, src.name, l.status order by src.name, l.source_id, l.status";
        return params(jdbc.sql(sql), scope, now, null)
                .query((rs, n) -> new SourceOutcome(rs.getLong("source_id"), rs.getString("name"),
                        LeadStatus.valueOf(rs.getString("status")), rs.getLong("leads"), rs.getLong("won")))
                .list();
    }

    @Override
    public List<LeadKpis> kpis(List<Scope> ranges, Instant now) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            values.add("(" + i + ", cast(:s" + i + " as timestamptz), cast(:e" + i + " as timestamptz))");
        }
        String sql = "with r (n, s, e) as (values " + String.join(", ", values) + ")" + LeadKpiQuery.ctes()
                + " select * from lead_kpis order by n";
        Scope first = ranges.get(0);
        JdbcClient.StatementSpec statement = LeadKpiQuery.params(jdbc.sql(sql),
                ranges.stream().map(Scope::from).min(Instant::compareTo).orElseThrow(),
                ranges.stream().map(Scope::to).max(Instant::compareTo).orElseThrow(), first.sourceId(), first.ownerId(), now);
        for (int i = 0; i < ranges.size(); i++) {
            statement = statement.param("s" + i, SqlTimes.timestamp(ranges.get(i).from()))
                    .param("e" + i, SqlTimes.timestamp(ranges.get(i).to()));
        }
        return statement.query((rs, n) -> LeadKpiQuery.read(rs, first.zone())).list();
    }

    /** Every parameter the conditions may read; those a statement does not use are ignored. */
    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Scope scope, Instant now, Query query) {
        return spec.param("from", SqlTimes.timestamp(scope.from())).param("to", SqlTimes.timestamp(scope.to()))
                .param("zone", scope.zone().getId()).param("source", scope.sourceId()).param("owner", scope.ownerId())
                .param("now", SqlTimes.timestamp(now))
                .param("status", query == null || query.status() == null ? null : query.status().name())
                .param("step", query == null || query.step() == null ? 0 : query.step().ordinal())
                .param("stop", query == null || query.stop() == null ? null : query.stop().name())
                .param("week", query == null || query.week() == null ? null : Date.valueOf(query.week()));
    }
}
