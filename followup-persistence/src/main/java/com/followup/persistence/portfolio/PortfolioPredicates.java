package com.followup.persistence.portfolio;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.PortfolioLists.Counted;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentFigures;
import com.followup.domain.portfolio.ServiceMatrix;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Each customer a portfolio figure counts, as one SQL condition on customer {@code c} and their score {@code s}: the
 * dashboard counts with it and the portfolio list filters with it, so a figure and its list agree. Parameters:
 * {@code :pfrom}, {@code :pto} (the period), {@code :pbefore} (start of the earlier period), {@code :pmonth} and
 * {@code :pwas} (a kept segment).
 */
final class PortfolioPredicates {

    static final String ACTIVE = "exists (select 1 from sale_line l where l.customer_id = c.id and l.day >= :pfrom and l.day < :pto)";
    static final String ACTIVE_BEFORE =
            "exists (select 1 from sale_line l where l.customer_id = c.id and l.day >= :pbefore and l.day < :pfrom)";
    static final String RETAINED = "(" + ACTIVE + " and " + ACTIVE_BEFORE + ")";
    static final String LOST = "(" + ACTIVE_BEFORE + " and not " + ACTIVE + ")";
    static final String MOVED = """
            exists (select 1 from customer_segment_month m where m.customer_id = c.id and m.month = :pmonth
                    and m.segment = :pwas)""";
    /** Segments compare as letters: a segment kept as 'A' and 'B' today moved down. */
    static final String MOVED_DOWN = """
            exists (select 1 from customer_segment_month m where m.customer_id = c.id and m.month = :pmonth
                    and m.segment < s.segment)""";
    static final String A_B = "s.segment in ('A', 'B')";
    /**
     * Covered: a follow-up done on one of the customer's items since their segment's day (ServiceMatrix#coveredSince),
     * parameters {@code :sinceA} to {@code :sinceC} ({@link #contactedSince}).
     */
    static final String CONTACTED = """
            exists (select 1 from item i join follow_up f on f.item_id = i.id
                    where i.customer_id = c.id and f.done_at >= case s.segment when 'A' then cast(:sinceA as timestamptz)
                                                     when 'B' then cast(:sinceB as timestamptz) else cast(:sinceC as timestamptz) end)""";

    private PortfolioPredicates() {
    }

    static String of(Counted.Kind kind) {
        return switch (kind) {
            case ACTIVE -> ACTIVE;
            case RETAINED -> RETAINED;
            case LOST -> LOST;
            case MOVED -> MOVED;
            case MOVED_DOWN -> MOVED_DOWN;
            case A_B -> A_B;
        };
    }

    /** The period's days and those of the one before it (SegmentFigures#earlierPeriod). */
    static JdbcClient.StatementSpec period(JdbcClient.StatementSpec statement, DateRange period) {
        return statement.param("pfrom", period.from()).param("pto", period.to())
                .param("pbefore", SegmentFigures.earlierPeriod(period).from());
    }

    /** The first moment a contact counts in each segment, today, as the matrix defines it. */
    static JdbcClient.StatementSpec contactedSince(JdbcClient.StatementSpec statement, ServiceMatrix matrix, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        for (Segment segment : Segment.values()) {
            statement = statement.param("since" + segment.name(), SqlTimes.timestamp(
                    matrix.coveredSince(segment, today).atStartOfDay(clock.getZone()).toInstant()));
        }
        return statement;
    }

    static JdbcClient.StatementSpec counted(JdbcClient.StatementSpec statement, Counted counted) {
        if (counted.kind() == Counted.Kind.MOVED) {
            return statement.param("pmonth", counted.month()).param("pwas", counted.was().name());
        }
        if (counted.kind() == Counted.Kind.MOVED_DOWN) {
            return statement.param("pmonth", counted.month());
        }
        return counted.period() == null ? statement : period(statement, counted.period());
    }
}
