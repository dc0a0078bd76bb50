package com.followup.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** How far past its due date a receivable is, in whole days of the company zone: one due this morning is current. */
public enum AgeingBucket {
    CURRENT(Long.MIN_VALUE),
    DAYS_1_30(1),
    DAYS_31_60(31),
    DAYS_61_90(61),
    OVER_90(91);

    private final long firstDayPastDue;

    AgeingBucket(long firstDayPastDue) {
        this.firstDayPastDue = firstDayPastDue;
    }

    /** Not yet due or due today is current; a day late is 1-30. */
    public static AgeingBucket forDaysPastDue(long daysPastDue) {
        AgeingBucket bucket = CURRENT;
        for (AgeingBucket older : values()) {
            if (daysPastDue >= older.firstDayPastDue) {
                bucket = older;
            }
        }
        return bucket;
    }

    /** The bucket of a receivable due at {@code deadline}, seen on {@code today}; without a deadline it is never past due. */
    public static AgeingBucket forDeadline(Instant deadline, LocalDate today, ZoneId zone) {
        if (deadline == null) {
            return CURRENT;
        }
        return forDaysPastDue(ChronoUnit.DAYS.between(deadline.atZone(zone).toLocalDate(), today));
    }

    /** A receivable is past due when its deadline is before this moment: the start of today. */
    public static Instant pastDueBefore(LocalDate today, ZoneId zone) {
        return DAYS_1_30.reachedBefore(today, zone);
    }

    /**
     * Where each bucket after the oldest begins, as deadlines ascending (90 days ago first, today last), so that
     * storage sorts by the same boundaries: PostgreSQL's {@code width_bucket(deadline, starts)} gives the number
     * {@link #numberedFromOldest} reads.
     */
    public static List<Instant> deadlineStarts(LocalDate today, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        for (int i = values().length - 1; i > 0; i--) {
            starts.add(values()[i].reachedBefore(today, zone));
        }
        return starts;
    }

    /** The bucket after {@code reached} of {@link #deadlineStarts}: 0 is the oldest. */
    public static AgeingBucket numberedFromOldest(int reached) {
        return values()[values().length - 1 - reached];
    }

    /** This bucket's number in {@link #numberedFromOldest}. */
    public int numberFromOldest() {
        return values().length - 1 - ordinal();
    }

    /** A deadline before this moment has reached this bucket. */
    private Instant reachedBefore(LocalDate today, ZoneId zone) {
        return today.minusDays(firstDayPastDue - 1).atStartOfDay(zone).toInstant();
    }
}
