package com.followup.persistence.lead;

import com.followup.domain.lead.LeadFigures.Counted;

/**
 * The conditions of the lead figures, written once: the dashboard counts with them and the list behind each figure
 * selects with them, so the two always agree. They read a lead as {@code l} in {@link #scoped}, which adds the lead's
 * deadline outcome ({@code DeadlineOutcome}), funnel step ({@code FunnelStep} as 0..4) and person.
 */
final class LeadPredicates {

    static final String OPEN = "l.status in ('NEW', 'ATTEMPTING', 'CONNECTED')";

    /** {@code DeadlineOutcome.of}: met, missed, pending, or none (closed untouched). */
    static final String DEADLINE = """
            case when l.first_touch_at is not null then case when l.first_touch_at > l.respond_by then 'MISSED' else 'MET' end
                 when not (%s) then 'NONE'
                 when l.respond_by < :now then 'MISSED' else 'PENDING' end""".formatted(OPEN);

    /** {@code FunnelStep.of}, as its ordinal. */
    static final String STEP = """
            case when i.outcome = 'SOLD' then 4 when l.status = 'QUALIFIED' then 3
                 when exists (select 1 from lead_meeting m where m.lead_id = l.id) then 2
                 when l.connected_at is not null then 1 else 0 end""";

    /** A person: the email in lower case, else the phone in E.164, else the lead itself. */
    static final String PERSON = "coalesce(l.email_key, l.phone_key, 'lead-' || l.id)";

    static final String ARRIVED_IN_SCOPE = "l.arrived_at >= :from and l.arrived_at < :to";
    static final String DEADLINE_IN_SCOPE = "l.respond_by >= :from and l.respond_by < :to";

    /** The leads of one source or owner when those are given. */
    private static final String NARROWED = " and (cast(:source as bigint) is null or l.source_id = :source)"
            + " and (cast(:owner as bigint) is null or l.owner_id = :owner)";

    private LeadPredicates() {
    }

    /** The CTE {@code scoped}: the leads {@code base} keeps, each with its deadline outcome, step and person. */
    static String scoped(String base) {
        return "scoped as (select l.*, " + DEADLINE + " as deadline, " + STEP + " as step, " + PERSON + " as person"
                + " from lead l left join item i on i.id = l.qualified_item_id where (" + base + ")" + NARROWED + ")";
    }

    /**
     * The CTE {@code people} over {@code scoped}: one row a person, their furthest lead (the latest if several), the
     * step it got to, why they stopped there ({@code FunnelStep.Stop}) and the Monday of the week their first lead
     * in the scope arrived.
     */
    static final String PEOPLE = """
            people as (select distinct on (p.person) p.id, p.person, p.step,
                              case when p.status = 'DISQUALIFIED' then p.disqualify_reason when p.step = 3 then 'NOT_WON'
                                   when p.step = 4 then null else 'STILL_OPEN' end as stop,
                              cast(date_trunc('week', p.first_arrival at time zone :zone) as date) as week
                       from (select s.*, min(s.arrived_at) over (partition by s.person) as first_arrival from scoped s) p
                       order by p.person, p.step desc, p.arrived_at desc, p.id desc)""";

    /** Which leads of {@code scoped} (as {@code l}) a lead figure counts; people's figures filter {@code people}. */
    static String counted(Counted counted) {
        return switch (counted) {
            case ARRIVED -> "(cast(:status as varchar) is null or l.status = :status)";
            case WON -> "l.step = 4";
            case ANSWERED -> "l.first_touch_at is not null";
            case DEADLINE_DECIDED -> "l.deadline in ('MET', 'MISSED')";
            case DEADLINE_MET -> "l.deadline = 'MET'";
            case DEADLINE_MISSED -> "l.deadline = 'MISSED'";
            case OPEN -> OPEN;
            case UNANSWERED -> OPEN + " and l.first_touch_at is null";
            case LATE_NOW -> OPEN + " and l.first_touch_at is null and l.deadline = 'MISSED'";
            case BREACHED_IN_SCOPE -> "l.deadline = 'MISSED' and " + DEADLINE_IN_SCOPE;
            case REACHED -> "p.step >= :step and (cast(:week as date) is null or p.week = :week)";
            case STOPPED -> "p.step = :step and p.stop = :stop and (cast(:week as date) is null or p.week = :week)";
            case MEETING_HELD -> "exists (select 1 from lead_meeting m where m.lead_id = l.id and m.status = 'HELD')";
        };
    }

    /** What the CTE {@code scoped} keeps for a figure: the leads that arrived in the scope, or those of the moment. */
    static String base(Counted counted) {
        if (counted.ofTheMoment()) {
            return OPEN;
        }
        return counted == Counted.BREACHED_IN_SCOPE ? DEADLINE_IN_SCOPE : ARRIVED_IN_SCOPE;
    }
}
