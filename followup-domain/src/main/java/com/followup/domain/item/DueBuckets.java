package com.followup.domain.item;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * Sorts due moments as a person sees them at {@code now} in the company zone: overdue, due later today,
 * later this ISO week (to Sunday's end), later.
 */
public final class DueBuckets {

    /** In order along time: each bucket but the first begins at one of {@link #starts()}. */
    public enum Bucket { OVERDUE, TODAY, THIS_WEEK, LATER }

    private final Instant now;
    private final Instant startOfTomorrow;
    private final List<Instant> starts;

    public DueBuckets(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        var today = now.atZone(zone).toLocalDate();
        this.startOfTomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant startOfNextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
        this.starts = List.of(now, startOfTomorrow, startOfNextWeek);
    }

    /** The bucket of the last start the due moment has reached; before the first, overdue. */
    public Bucket bucketOf(Instant dueAt) {
        int reached = 0;
        while (reached < starts.size() && !dueAt.isBefore(starts.get(reached))) {
            reached++;
        }
        return numbered(reached);
    }

    /**
     * Where TODAY, THIS_WEEK and LATER begin, ascending, so that storage sorts by the same boundaries
     * (PostgreSQL's {@code width_bucket(moment, starts)} gives the number {@link #numbered} reads).
     */
    public List<Instant> starts() {
        return starts;
    }

    /** The bucket after {@code reached} starts: 0 is overdue. */
    public static Bucket numbered(int reached) {
        return Bucket.values()[reached];
    }

    public Instant now() { return now; }
    public Instant startOfTomorrow() { return startOfTomorrow; }
}
