package com.followup.domain.followup;

import com.followup.domain.area.Area;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

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
    BucketCounts countsByBucket(long ownerId, DueBuckets buckets);
}
