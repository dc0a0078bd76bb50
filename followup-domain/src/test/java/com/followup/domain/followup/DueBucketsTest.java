package com.followup.domain.followup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static com.followup.domain.followup.DueBuckets.Bucket.LATER;
import static com.followup.domain.followup.DueBuckets.Bucket.OVERDUE;
import static com.followup.domain.followup.DueBuckets.Bucket.THIS_WEEK;
import static com.followup.domain.followup.DueBuckets.Bucket.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class DueBucketsTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static Instant madrid(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, MADRID).toInstant();
    }

    @Test
    void on_a_saturday_evening_in_madrid_today_ends_at_midnight_and_the_week_on_sunday_night() {
        DueBuckets buckets = new DueBuckets(madrid(3, 7, 20, 0), MADRID);

        assertThat(buckets.bucketOf(madrid(3, 7, 19, 59))).isEqualTo(OVERDUE);
        assertThat(buckets.bucketOf(madrid(3, 7, 23, 59))).isEqualTo(TODAY);
        assertThat(buckets.bucketOf(madrid(3, 8, 0, 0))).isEqualTo(THIS_WEEK);
        assertThat(buckets.bucketOf(madrid(3, 8, 23, 59))).isEqualTo(THIS_WEEK);
        assertThat(buckets.bucketOf(madrid(3, 9, 0, 0))).isEqualTo(LATER);
    }

    @Test
    void on_a_sunday_nothing_is_left_of_this_week_after_today() {
        DueBuckets buckets = new DueBuckets(madrid(3, 8, 10, 0), MADRID);

        assertThat(buckets.bucketOf(madrid(3, 8, 23, 0))).isEqualTo(TODAY);
        assertThat(buckets.bucketOf(madrid(3, 9, 0, 0))).isEqualTo(LATER);
    }

    @Test
    void midnight_is_the_madrid_one_even_when_utc_is_still_on_the_day_before() {
        DueBuckets buckets = new DueBuckets(Instant.parse("2026-03-04T22:30:00Z"), MADRID); // 23:30 in Madrid

        assertThat(buckets.bucketOf(Instant.parse("2026-03-04T22:59:00Z"))).isEqualTo(TODAY);
        assertThat(buckets.bucketOf(Instant.parse("2026-03-04T23:00:00Z"))).isEqualTo(THIS_WEEK);
    }

    @Test
    void the_counts_add_up_each_bucket() {
        DueBuckets buckets = new DueBuckets(madrid(3, 4, 12, 0), MADRID);

        DueFollowUps.BucketCounts counts = DueFollowUps.BucketCounts.of(List.of(madrid(3, 4, 9, 0),
                madrid(3, 3, 9, 0), madrid(3, 4, 18, 0), madrid(3, 6, 9, 0), madrid(3, 20, 9, 0)), buckets);

        assertThat(counts).isEqualTo(new DueFollowUps.BucketCounts(2, 1, 1, 1));
    }

    @Test
    void the_starts_given_to_storage_sort_every_moment_into_the_same_bucket() {
        DueBuckets buckets = new DueBuckets(madrid(3, 4, 12, 0), MADRID);

        for (int hours = -30; hours < 24 * 10; hours += 1) {
            Instant dueAt = madrid(3, 4, 12, 0).plusSeconds(3600L * hours - 1);
            int reached = (int) buckets.starts().stream().filter(start -> !dueAt.isBefore(start)).count();
            assertThat(DueBuckets.numbered(reached)).as(dueAt.toString()).isEqualTo(buckets.bucketOf(dueAt));
        }
    }

    @Test
    void counts_hold_until_the_first_due_moment_not_yet_reached_or_midnight_whichever_comes_first() {
        DueBuckets buckets = new DueBuckets(madrid(3, 4, 12, 0), MADRID);
        DueFollowUps.BucketCounts counts = new DueFollowUps.BucketCounts(1, 1, 0, 0);

        DueFollowUps.TimedCounts dueAtFive = DueFollowUps.TimedCounts.of(counts, madrid(3, 4, 17, 0), buckets);
        assertThat(dueAtFive.holdAt(madrid(3, 4, 16, 59))).isTrue();
        assertThat(dueAtFive.holdAt(madrid(3, 4, 17, 0))).isFalse();
        // at 17:00:00.001 the item is overdue: the counts read at noon no longer hold
        assertThat(buckets.bucketOf(madrid(3, 4, 17, 0))).isEqualTo(TODAY);
        assertThat(new DueBuckets(madrid(3, 4, 17, 0).plusMillis(1), MADRID).bucketOf(madrid(3, 4, 17, 0)))
                .isEqualTo(OVERDUE);

        DueFollowUps.TimedCounts dueNextWeek = DueFollowUps.TimedCounts.of(counts, madrid(3, 12, 9, 0), buckets);
        assertThat(dueNextWeek.changesAt()).isEqualTo(madrid(3, 5, 0, 0));
        assertThat(DueFollowUps.TimedCounts.of(counts, null, buckets).changesAt()).isEqualTo(madrid(3, 5, 0, 0));
    }
}
