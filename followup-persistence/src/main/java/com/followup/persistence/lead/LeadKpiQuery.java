package com.followup.persistence.lead;

import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures.Counted;
import com.followup.domain.lead.LeadFigures.KpiCounts;
import com.followup.domain.lead.LeadKpis;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.ResponseTimes;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static com.followup.persistence.lead.LeadPredicates.counted;
import static com.followup.persistence.lead.LeadPredicates.scoped;

/**
 * The lead KPIs of several ranges, written once with the lead figures' conditions: the lead figures ask it alone and
 * the Sales dashboard's figures statement embeds it, so a KPI costs that page no statement of its own.
 */
public final class LeadKpiQuery {

    /** The lead's first response was counted when it was touched (V41); the others are counted here. */
    static final String COUNTED = "(l.first_response_seconds is not null)";

    private LeadKpiQuery() {
    }

    /**
     * The answered leads' first responses: the ones stored (business seconds, counted by the domain at the first
     * touch) and, for leads touched before they were stored, counted from the lead's arrival and first touch.
     */
    static List<Duration> firstResponses(ResultSet rs, String seconds, String arrivedAt, String touchedAt,
                                         BusinessHours hours) throws SQLException {
        List<Duration> times = new ArrayList<>();
        if (rs.getArray(seconds) != null) {
            for (Long stored : (Long[]) rs.getArray(seconds).getArray()) {
                times.add(Duration.ofSeconds(stored));
            }
        }
        if (rs.getArray(arrivedAt) != null) {
            Timestamp[] arrived = (Timestamp[]) rs.getArray(arrivedAt).getArray();
            Timestamp[] touched = (Timestamp[]) rs.getArray(touchedAt).getArray();
            for (int i = 0; i < arrived.length; i++) {
                times.add(ResponseTimes.firstResponse(arrived[i].toInstant(), touched[i].toInstant(), hours));
            }
        }
        return times;
    }

    /**
     * Common table expressions over a CTE {@code r} of ranges with columns {@code n, s, e} (instants), ending in
     * {@code lead_kpis}: one row per range with the counts, the answered leads' arrival and first touch, and the
     * working hours (h_zone, h_opens, h_closes, h_days). Starts with a comma, to follow the ranges.
     */
    public static String ctes() {
        return ", " + scoped(LeadPredicates.ARRIVED_IN_SCOPE) + """
                , lead_in_range as (select r.n, l.* from r join scoped l on l.arrived_at >= r.s and l.arrived_at < r.e),
                lead_counts as (select l.n, count(*) as arrived, count(*) filter (where <disqualified>) as disqualified,
                                       count(*) filter (where <met>) as met, count(*) filter (where <missed>) as missed,
                                       count(*) filter (where <held>) as held,
                                       array_agg(l.first_response_seconds) filter (where <answered> and <counted>) as response_seconds,
                                       array_agg(l.arrived_at order by l.id) filter (where <answered> and not <counted>) as answered_at,
                                       array_agg(l.first_touch_at order by l.id) filter (where <answered> and not <counted>) as touched_at
                                from lead_in_range l group by l.n),
                lead_people as (select n, person, max(step) as step from lead_in_range group by n, person),
                lead_reached as (select n, count(*) filter (where step >= <booked_step>) as booked,
                                        count(*) filter (where step >= <qualified_step>) as qualified
                                 from lead_people group by n),
                lead_kpis as (select r.n, coalesce(c.arrived, 0) as lead_arrived, coalesce(c.disqualified, 0) as lead_disqualified,
                                     coalesce(c.met, 0) as lead_met, coalesce(c.missed, 0) as lead_missed,
                                     coalesce(c.held, 0) as lead_held, coalesce(p.booked, 0) as lead_booked,
                                     coalesce(p.qualified, 0) as lead_qualified, c.response_seconds as lead_response_seconds,
                                     c.answered_at as lead_answered_at,
                                     c.touched_at as lead_touched_at, h.zone as h_zone, h.opens as h_opens,
                                     h.closes as h_closes, h.days as h_days
                              from r left join lead_counts c on c.n = r.n left join lead_reached p on p.n = r.n
                                   cross join business_hours h where h.id = 1)"""
                .replace("<disqualified>", counted(Counted.ARRIVED))
                .replace("<met>", counted(Counted.DEADLINE_MET)).replace("<missed>", counted(Counted.DEADLINE_MISSED))
                .replace("<held>", counted(Counted.MEETING_HELD)).replace("<counted>", COUNTED).replace("<answered>", counted(Counted.ANSWERED))
                .replace("<booked_step>", String.valueOf(FunnelStep.MEETING_BOOKED.ordinal()))
                .replace("<qualified_step>", String.valueOf(FunnelStep.QUALIFIED.ordinal()));
    }

    /** The parameters of {@link #ctes()}: the leads that arrived in [from, to), of one owner when not null. */
    public static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Instant from, Instant to,
                                                  Long sourceId, Long ownerId, Instant now) {
        return spec.param("from", SqlTimes.timestamp(from)).param("to", SqlTimes.timestamp(to))
                .param("source", sourceId).param("owner", ownerId).param("now", SqlTimes.timestamp(now))
                .param("status", LeadStatus.DISQUALIFIED.name());
    }

    /** One range's lead KPIs from a row of {@code lead_kpis}; the working hours' zone is {@code zone} when unset. */
    public static LeadKpis read(ResultSet rs, ZoneId zone) throws SQLException {
        KpiCounts counts = new KpiCounts(rs.getLong("lead_arrived"), rs.getLong("lead_disqualified"), rs.getLong("lead_met"),
                rs.getLong("lead_missed"), rs.getLong("lead_held"), rs.getLong("lead_booked"), rs.getLong("lead_qualified"));
        BusinessHours hours = JdbcLeads.businessHours(rs, "h_", zone);
        List<Duration> times = firstResponses(rs, "lead_response_seconds", "lead_answered_at", "lead_touched_at", hours);
        return new LeadKpis(counts, ResponseTimes.of(times));
    }
}
