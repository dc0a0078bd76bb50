package com.followup.web.followup;

import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * A person's due work as this instance last read it, the navigation's counts and My follow-ups' first rows of each
 * group, kept while nothing it shows has changed: a page asks the person's change number ({@link
 * DueFollowUps#workChange}, one statement by key) instead of reading the counts and the list again. The number is
 * written by triggers in the transaction of every change the work shows (Flyway V64), so a change made on another
 * instance or another device is seen by the next page; and time alone changes nothing in it before the counts'
 * {@link DueFollowUps.TimedCounts#changesAt} (a due moment reached, midnight). The rows a page shows are computed
 * from the moment of that page ({@link MyFollowUpRow}), never kept here. Per instance, bounded by weight
 * (docs/benchmarks.md, "A person's list read once while it holds").
 */
@Component
public class KeptDueWork {

    /** What a person's entry weighs besides its rows, and a row: their strings, the entry, the map. */
    private static final int WORK_WEIGHT = 512;
    private static final int ROW_WEIGHT = 1_024;
    static final long MAX_WEIGHT = 16L * 1024 * 1024;

    private final DueFollowUps due;
    private final Clock clock;
    private final Cache<Long, Work> kept;

    KeptDueWork(DueFollowUps due, Clock clock) {
        this.due = due;
        this.clock = clock;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT)
                .weigher((Long owner, Work work) -> WORK_WEIGHT + (work.rows == null ? 0 : ROW_WEIGHT * work.rows.size()))
                .build();
    }

    /**
     * A person's due work as read at {@code readAt} under change number {@code change} (empty: not kept), in the
     * company's zone; its rows null until a page first shows them.
     */
    public record Work(long ownerId, OptionalLong change, Instant readAt, ZoneId zone, DueFollowUps.TimedCounts timed,
                       List<DueFollowUps.DueRow> rows) {

        public DueFollowUps.BucketCounts counts() {
            return timed.counts();
        }

        boolean holds(OptionalLong current, Instant at, ZoneId in) {
            return change.isPresent() && change.equals(current) && zone.equals(in) && !at.isBefore(readAt)
                    && timed.holdAt(at);
        }
    }

    /** The person's due work now: kept if nothing it shows has changed since it was read, read again otherwise. */
    public Work current(long ownerId) {
        OptionalLong change = due.workChange(ownerId);
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Work work = kept.getIfPresent(ownerId);
        if (work != null && work.holds(change, now, zone)) {
            return work;
        }
        DueBuckets buckets = new DueBuckets(now, zone);
        Work read = new Work(ownerId, change, now, zone, due.timedCounts(ownerId, buckets), null);
        if (change.isPresent()) {
            kept.put(ownerId, read);
        }
        return read;
    }

    /**
     * What My follow-ups shows of {@code work}: the first open items of each bucket, read once for a given work
     * (while its counts hold, the same items are the first of each bucket).
     */
    List<DueFollowUps.DueRow> firstOfEachBucket(Work work, DueBuckets buckets) {
        if (work.rows != null) {
            return work.rows;
        }
        List<DueFollowUps.DueRow> rows = due.firstOfEachBucket(work.ownerId, buckets,
                MyFollowUpsController.SHOWN_PER_GROUP);
        if (work.change.isPresent()) {
            kept.asMap().replace(work.ownerId, work, new Work(work.ownerId, work.change, work.readAt, work.zone,
                    work.timed, List.copyOf(rows)));
        }
        return rows;
    }
}
