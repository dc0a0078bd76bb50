package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The portfolio as people read it: a list filtered, sorted and paged by the database, and one customer's card. */
public interface PortfolioLists {

    CustomerPage search(CustomerQuery query);

    Optional<CustomerCard> card(long customerId);

    /** The customer's segment month by month, newest first. */
    List<SegmentMonth> segmentHistory(long customerId, int months);

    /** What happened to the customer, newest first: segment moves, health overrides, imports, sales. */
    List<CustomerChange> changes(long customerId, int most);

    enum Sort { REVENUE, NAME, HEALTH, POTENTIAL, RECENCY }

    /**
     * Null filters take everyone; {@code ownerId} is also how staff are kept to their own customers. Health and its
     * band are the ones shown: a manager's override while it lasts, else the computed health.
     */
    record CustomerQuery(Segment segment, RfmGroup group, Long ownerId, ServiceChannel channel, Health.Band band,
                         Boolean lapsed, Boolean covered, Sort sort, int page, int size, Counted counted) {

        public CustomerQuery(Segment segment, RfmGroup group, Long ownerId, ServiceChannel channel, Health.Band band,
                             Boolean lapsed, Boolean covered, Sort sort, int page, int size) {
            this(segment, group, ownerId, channel, band, lapsed, covered, sort, page, size, null);
        }

        public CustomerQuery firstPage() {
            return new CustomerQuery(segment, group, ownerId, channel, band, lapsed, covered, sort, 0, size, counted);
        }
    }

    /**
     * The customers a dashboard figure counts, on top of the list's filters: those who bought in {@code period}
     * (ACTIVE), in it and in the earlier period (RETAINED, {@link SegmentFigures#earlierPeriod}), in the earlier
     * period and not in it (LOST), those whose kept segment of {@code month} was {@code was} (MOVED) or higher than
     * today's (MOVED_DOWN), and the customers of segments A and B (A_B).
     */
    record Counted(Kind kind, com.followup.domain.dashboard.DateRange period, LocalDate month, Segment was) {

        public enum Kind { ACTIVE, RETAINED, LOST, MOVED, MOVED_DOWN, A_B }
    }

    /** Coverage of each segment, A to C, of the customers {@code ownerId} owns (null: everyone's). */
    List<Coverage> coverage(Long ownerId);

    record CustomerRow(long id, String name, String type, String region, String ownerName, ServiceChannel channel,
                       Segment segment, RfmGroup group, Integer health, Health.Band band, Integer potential,
                       boolean lapsed, boolean churned, boolean leastProfitable, BigDecimal revenue12m) {
    }

    record CustomerPage(List<CustomerRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /**
     * A customer with their scores as last computed (null before the first recompute) and the manager's health
     * override in force today (null when none is).
     */
    record CustomerCard(Customer customer, String ownerName, CustomerScores scores, LocalDate computedOn,
                        HealthOverride override) {

        /** The health people are shown: the override while it lasts, else the computed one; null when neither is. */
        public Integer health() {
            return override != null ? Integer.valueOf(override.score()) : scores == null ? null : scores.health();
        }

        public Health.Band band() {
            return override != null ? override.band() : scores == null ? null : scores.healthBand();
        }
    }

    record CustomerChange(java.time.Instant at, String byName, String kind, List<String> details) {
    }

    record SegmentMonth(LocalDate month, Segment segment, RfmGroup group, int health, BigDecimal revenue12m) {
    }
}
