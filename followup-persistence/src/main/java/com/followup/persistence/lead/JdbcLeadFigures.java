package com.followup.persistence.lead;

import com.followup.domain.lead.BusinessHours;
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

/**
 * The response board's numbers, the lead dashboard's in two statements (its tables, the funnel) and the leads behind
 * them, paged.
 */
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
    public Summary summary(Scope period, Scope trend, Instant now) {
        String sql = "with " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + """
                , marked as (select l.*, l.arrived_at >= :pfrom and l.arrived_at < :pto as p,
                                    l.arrived_at >= :tfrom and l.arrived_at < :tto as t,
                                    cast(date_trunc('week', l.arrived_at at time zone :zone) as date) as week
                             from scoped l)
                select case when grouping(l.owner_id) = 0 then 'OWNER' when grouping(l.week) = 0 then 'WEEK'
                            when grouping(l.status) = 0 then 'STATUS' else 'SOURCE' end as kind,
                       l.owner_id, u.display_name as owner_name, l.source_id, src.name as source_name, l.status, l.week,
                       count(*) filter (where l.p and <met>) as met, count(*) filter (where l.p and <missed>) as missed,
                       count(*) filter (where l.t and <met>) as week_met, count(*) filter (where l.t and <missed>) as week_missed,
                       count(*) filter (where l.p) as leads, count(*) filter (where l.p and <won>) as won,
                       array_agg(l.first_response_seconds) filter (where l.p and <answered> and <counted>) as response_seconds,
                       array_agg(l.arrived_at order by l.id) filter (where l.p and <answered> and not <counted>) as answered_at,
                       array_agg(l.first_touch_at order by l.id) filter (where l.p and <answered> and not <counted>) as touched_at,
                       (select zone from business_hours where id = 1) as h_zone,
                       (select opens from business_hours where id = 1) as h_opens,
                       (select closes from business_hours where id = 1) as h_closes,
                       (select days from business_hours where id = 1) as h_days
                from marked l join lead_source src on src.id = l.source_id join app_user u on u.id = l.owner_id
                group by grouping sets ((l.owner_id, u.display_name), (l.source_id, src.name),
                                        (l.source_id, src.name, l.status), (l.week))
                having (grouping(l.week) = 0 and count(*) filter (where l.t) > 0)
                    or (grouping(l.week) = 1 and count(*) filter (where l.p) > 0)
                order by kind, owner_name, l.owner_id, source_name, l.source_id, l.status, l.week"""
                .replace("<met>", counted(Counted.DEADLINE_MET)).replace("<missed>", counted(Counted.DEADLINE_MISSED))
                .replace("<won>", counted(Counted.WON)).replace("<answered>", counted(Counted.ANSWERED))
                .replace("<counted>", LeadKpiQuery.COUNTED);
        Scope both = new Scope(period.from().isBefore(trend.from()) ? period.from() : trend.from(),
                period.to().isAfter(trend.to()) ? period.to() : trend.to(), period.zone(), period.sourceId(), period.ownerId());
        List<DeadlineGroup> owners = new ArrayList<>();
        List<DeadlineGroup> sources = new ArrayList<>();
        List<DeadlineGroup> weeks = new ArrayList<>();
        List<SourceOutcome> outcomes = new ArrayList<>();
        List<Answered> answered = new ArrayList<>();
        BusinessHours[] hours = new BusinessHours[1];
        params(jdbc.sql(sql), both, now, null)
                .param("pfrom", SqlTimes.timestamp(period.from())).param("pto", SqlTimes.timestamp(period.to()))
                .param("tfrom", SqlTimes.timestamp(trend.from())).param("tto", SqlTimes.timestamp(trend.to()))
                .query(rs -> {
                    hours[0] = JdbcLeads.businessHours(rs, "h_", period.zone());
                    switch (rs.getString("kind")) {
                        case "OWNER" -> {
                            long owner = rs.getLong("owner_id");
                            String name = rs.getString("owner_name");
                            owners.add(new DeadlineGroup(owner, name, null, rs.getLong("met"), rs.getLong("missed")));
                            LeadKpiQuery.firstResponses(rs, "response_seconds", "answered_at", "touched_at", hours[0])
                                    .forEach(time -> answered.add(new Answered(owner, name, time)));
                        }
                        case "SOURCE" -> sources.add(new DeadlineGroup(rs.getLong("source_id"), rs.getString("source_name"),
                                null, rs.getLong("met"), rs.getLong("missed")));
                        case "STATUS" -> outcomes.add(new SourceOutcome(rs.getLong("source_id"), rs.getString("source_name"),
                                LeadStatus.valueOf(rs.getString("status")), rs.getLong("leads"), rs.getLong("won")));
                        default -> weeks.add(new DeadlineGroup(null, null, rs.getDate("week").toLocalDate(),
                                rs.getLong("week_met"), rs.getLong("week_missed")));
                    }
                });
        return new Summary(owners, sources, weeks, outcomes, answered, hours[0]);
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
