package com.followup.domain.followup;

import com.followup.domain.area.Area;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** The read side of "my follow-ups": open items by when they are due. */
public interface DueFollowUps {

    /**
     * One open item as the work list shows it: with the contact to reach, and the last follow-up's channel (the one
     * "done, next as usual" repeats, so the kind of follow-up planned) and result; both null before the first.
     */
    record DueRow(long itemId, String title, String counterpartName, String ruleTopic, Area area, Instant dueAt,
                  Instant lastInteractionAt, long ownerId, long version, Instant deadline, String contactName,
                  String contactPhone, String contactEmail, Channel lastChannel, String lastResult,
                  ItemPurpose purpose, RulePurpose rulePurpose) {

        /** The kind of follow-up planned: as the last one went, a call before any. */
        public Channel plannedChannel() {
            return lastChannel == null ? Channel.CALL : lastChannel;
        }

        /** The phone number as a {@code tel:} link wants it: digits and a leading plus only, as the item page dials. */
        public String phoneLink() {
            if (contactPhone == null) {
                return null;
            }
            String digits = contactPhone.replaceAll("[^0-9]", "");
            return "tel:" + (contactPhone.strip().startsWith("+") ? "+" + digits : digits);
        }

        public boolean isPastDeadline(Instant now) {
            return deadline != null && now.isAfter(deadline);
        }
    }

    /** What the navigation shows beside "My follow-ups", and the person's unread notifications. */
    record BucketCounts(long overdue, long today, long thisWeek, long later, long unreadNotices) {

        public BucketCounts(long overdue, long today, long thisWeek, long later) {
            this(overdue, today, thisWeek, later, 0);
        }

        public long in(DueBuckets.Bucket bucket) {
            return switch (bucket) {
                case OVERDUE -> overdue;
                case TODAY -> today;
                case THIS_WEEK -> thisWeek;
                case LATER -> later;
            };
        }

        public static BucketCounts of(Collection<Instant> dueMoments, DueBuckets buckets) {
            long[] counts = new long[DueBuckets.Bucket.values().length];
            for (Instant dueAt : dueMoments) {
                counts[buckets.bucketOf(dueAt).ordinal()]++;
            }
            return numbered(counts, 0);
        }

        /** From counts indexed by bucket number ({@link DueBuckets#numbered}). */
        public static BucketCounts numbered(long[] counts, long unreadNotices) {
            return new BucketCounts(counts[0], counts[1], counts[2], counts[3], unreadNotices);
        }
    }

    /** One owner's open items due before {@code before}, soonest first. */
    List<DueRow> dueBefore(long ownerId, Instant before);

    /**
     * What "my follow-ups" shows: the owner's open items soonest first (the oldest overdue first), at most
     * {@code perBucket} of each bucket, so the page costs the same however much work a person has.
     */
    List<DueRow> firstOfEachBucket(long ownerId, DueBuckets buckets, int perBucket);

    /**
     * The owner's open items whose title, counterpart, contact name or email contain {@code words} (any case),
     * soonest first, at most {@code limit}: what a person finds by typing in My follow-ups.
     */
    List<DueRow> matching(long ownerId, String words, int limit);

    /** One statement: the owner's open items by bucket, and their unread notifications. */
    default BucketCounts countsByBucket(long ownerId, DueBuckets buckets) {
        return timedCounts(ownerId, buckets).counts();
    }

    /**
     * The counts, and the moment time alone changes them next: the first due moment not yet reached (that item then
     * becomes overdue), or the start of tomorrow (the buckets move), whichever comes first. Until then the counts,
     * and which rows are the first of each bucket, stay as read unless something is written.
     */
    record TimedCounts(BucketCounts counts, Instant changesAt) {

        /** {@code firstDueNotReached}: the earliest due moment at or after the buckets' now, null when none. */
        public static TimedCounts of(BucketCounts counts, Instant firstDueNotReached, DueBuckets buckets) {
            Instant tomorrow = buckets.startOfTomorrow();
            return new TimedCounts(counts, firstDueNotReached == null || firstDueNotReached.isAfter(tomorrow)
                    ? tomorrow : firstDueNotReached);
        }

        /** Whether time alone leaves these counts as they are at {@code now}, a moment after they were read. */
        public boolean holdAt(Instant now) {
            return now.isBefore(changesAt);
        }
    }

    /** {@link #countsByBucket}, with the moment they change by time alone; one statement. */
    TimedCounts timedCounts(long ownerId, DueBuckets buckets);

    /**
     * A number that differs whenever anything the person's due work shows has changed: their open items, those
     * items' follow-ups, their rules' topics, their unread notices (written in the transaction of the change, so
     * every reader sees it with the change). Empty for a person unknown. One statement, by key.
     */
    OptionalLong workChange(long ownerId);
}
