package com.followup.domain.item;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Sorts due moments as a person sees them at {@code now} in the company zone: overdue, due later today,
 * later this ISO week (to Sunday's end), later.
 */
public final class DueBuckets {

    public enum Bucket { OVERDUE, TODAY, THIS_WEEK, LATER }

    private final Instant now;
    private final Instant startOfTomorrow;
    private final Instant startOfNextWeek;

    public DueBuckets(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        var today = now.atZone(zone).toLocalDate();
        this.startOfTomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        this.startOfNextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
    }

    public Bucket bucketOf(Instant dueAt) {
        if (dueAt.isBefore(now)) {
            return Bucket.OVERDUE;
        }
        if (dueAt.isBefore(startOfTomorrow)) {
            return Bucket.TODAY;
        }
        if (dueAt.isBefore(startOfNextWeek)) {
            return Bucket.THIS_WEEK;
        }
        return Bucket.LATER;
    }

    public Instant now() { return now; }
    public Instant startOfTomorrow() { return startOfTomorrow; }
    public Instant startOfNextWeek() { return startOfNextWeek; }
}
