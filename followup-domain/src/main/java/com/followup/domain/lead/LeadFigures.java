package com.followup.domain.lead;

import com.followup.domain.dashboard.Ratio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The numbers of the response board and the lead dashboard, counted in the database, and the leads behind each of
 * them: a list's total equals its figure because both use the same condition.
 */
public interface LeadFigures {

    /** Which leads a figure counts. The first group counts leads that arrived in the scope, the board's the moment. */
    enum Counted {
        /** Arrived; with a status, those now in it. */
        ARRIVED,
        /** Arrived and their prospect was sold. */
        WON,
        /** Answered (touched): the leads behind the response times. */
        ANSWERED,
        /** Met or missed their deadline: the whole of the share answered in time. */
        DEADLINE_DECIDED,
        DEADLINE_MET,
        DEADLINE_MISSED,
        /** People (one lead each, their furthest) who reached a funnel step. */
        REACHED,
        /** People who stopped at a funnel step, for one reason. */
        STOPPED,
        /** Open now, whenever they arrived. */
        OPEN,
        /** Open and never touched. */
        UNANSWERED,
        /** Open, never touched and past the deadline now. */
        LATE_NOW,
        /** Whose deadline fell in the scope (a day) and was missed. */
        BREACHED_IN_SCOPE,
        /** Arrived and had a meeting held. */
        MEETING_HELD;

        public boolean ofPeople() {
            return this == REACHED || this == STOPPED;
        }

        public boolean ofTheMoment() {
            return this == OPEN || this == UNANSWERED || this == LATE_NOW;
        }
    }

    /** Leads that arrived in [from, to), days in {@code zone}; from one source or owner when not null. */
    record Scope(Instant from, Instant to, ZoneId zone, Long sourceId, Long ownerId) {
    }

    /**
     * {@code status} narrows {@link Counted#ARRIVED}; {@code step} is read by the people's figures, {@code stop} by
     * {@link Counted#STOPPED}; {@code week} (a Monday) keeps the people whose first lead in the scope came that week.
     */
    record Query(Scope scope, Counted counted, LeadStatus status, FunnelStep step, FunnelStep.Stop stop,
                 LocalDate week, int page, int size) {
    }

    record Page(List<Leads.InboxRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    Page leads(Query query, Instant now);

    /** One owner's open leads now and their deadlines missed today ({@code today} is the scope's range). */
    record OwnerLoad(long ownerId, String ownerName, long open, long unanswered, long lateNow, long breachedToday) {
    }

    /** Everyone who has an open lead or missed a deadline in {@code today}, in one statement, by name. */
    List<OwnerLoad> board(Scope today, Instant now);

    /** Met and missed deadlines of a group: an owner, a source or a week (whose Monday is {@code week}). */
    record DeadlineGroup(Long id, String name, LocalDate week, long met, long missed) {

        public Ratio share() {
            return new Ratio(met, met + missed);
        }
    }

    /**
     * The lead dashboard's tables but the funnel, in one statement: deadlines met and missed by owner (now) and by
     * source, and the leads answered with their owners, of the leads that arrived in {@code period}; the same by the
     * week they arrived, for the weeks of {@code trend} with leads; what became of each source's leads in
     * {@code period}; and the working hours the response times are counted on (null when no lead is counted).
     */
    record Summary(List<DeadlineGroup> owners, List<DeadlineGroup> sources, List<DeadlineGroup> weeks,
                   List<SourceOutcome> outcomes, List<Answered> answered, BusinessHours hours) {
    }

    Summary summary(Scope period, Scope trend, Instant now);

    /** By the lead's owner now. */
    default List<DeadlineGroup> deadlinesByOwner(Scope scope, Instant now) {
        return summary(scope, scope, now).owners();
    }

    default List<DeadlineGroup> deadlinesBySource(Scope scope, Instant now) {
        return summary(scope, scope, now).sources();
    }

    /** By the week the leads arrived, for every week of the scope with leads. */
    default List<DeadlineGroup> deadlinesByWeek(Scope scope, Instant now) {
        return summary(scope, scope, now).weeks();
    }

    /**
     * A lead answered: how long it waited for its first touch in business time ({@link ResponseTimes#firstResponse},
     * counted when it was touched), and whose it is.
     */
    record Answered(long ownerId, String ownerName, java.time.Duration firstResponse) {
    }

    default List<Answered> answered(Scope scope, Instant now) {
        return summary(scope, scope, now).answered();
    }

    /** How many people of a week got as far as {@code step} and no further, and why they stopped there. */
    record FunnelCount(LocalDate week, FunnelStep step, FunnelStep.Stop stop, long people) {
    }

    List<FunnelCount> funnel(Scope scope, Instant now);

    /** A source's leads now in a status, and how many of them were won. */
    record SourceOutcome(long sourceId, String sourceName, LeadStatus status, long leads, long won) {
    }

    default List<SourceOutcome> outcomes(Scope scope, Instant now) {
        return summary(scope, scope, now).outcomes();
    }

    /**
     * What the lead KPIs count of the leads that arrived in a range: all of them, those now disqualified, deadlines
     * met and missed, leads with a meeting held, and people who reached the steps Meeting booked and Qualified.
     */
    record KpiCounts(long arrived, long disqualified, long met, long missed, long meetingHeld, long meetingBooked,
                     long qualified) {
    }

    /**
     * The lead KPIs of each range, in the order given, in one statement with the working hours the first responses
     * are timed on; the ranges share their zone, source and owner.
     */
    List<LeadKpis> kpis(List<Scope> ranges, Instant now);
}
