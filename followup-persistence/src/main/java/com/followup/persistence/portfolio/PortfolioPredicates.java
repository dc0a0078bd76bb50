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

    /**
     * Bought in the period: a sale line in it. A calendar month, quarter or year is read from its kept row
     * (V49's {@code customer_period_sales}, kept with the lines by a trigger); any other range from the lines.
     * Parameters {@code :pkind} (the kind of a kept period, or {@code 'lines'}), {@code :pfrom}, {@code :pto}.
     */
    static final String ACTIVE = """
            (case when :pkind = 'lines'
                  then exists (select 1 from sale_line l where l.customer_id = c.id and l.day >= :pfrom and l.day < :pto)
                  else exists (select 1 from customer_period_sales p where p.period = :pkind and p.starts_on = :pfrom
                               and p.customer_id = c.id) end)""";
    /** Bought in the period before ({@link SegmentFigures#earlierPeriod}, of the same kind), starting {@code :pbefore}. */
    static final String ACTIVE_BEFORE = """
            (case when :pkind = 'lines'
                  then exists (select 1 from sale_line l where l.customer_id = c.id and l.day >= :pbefore and l.day < :pfrom)
                  else exists (select 1 from customer_period_sales p where p.period = :pkind and p.starts_on = :pbefore
                               and p.customer_id = c.id) end)""";
    /**
     * Each customer's sales in the period, one row a customer who bought: {@code customer_id, revenue, costed} (the
     * revenue of the lines whose cost is known){@code , margin, products} (how many products); from the kept row of
     * a calendar period or from the lines, as {@link #ACTIVE} reads them.
     */
    static final String BOUGHT = """
            select customer_id, revenue, costed, margin, cardinality(products) as products from customer_period_sales
            where :pkind <> 'lines' and period = :pkind and starts_on = :pfrom
            union all
            select customer_id, sum(revenue), sum(costed), sum(margin), count(*) from (
                select customer_id, product, sum(amount) as revenue,
                       coalesce(sum(amount) filter (where cost is not null), 0) as costed,
                       coalesce(sum(amount - cost), 0) as margin
                from sale_line where :pkind = 'lines' and day >= :pfrom and day < :pto group by customer_id, product) p
            group by customer_id""";
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
     * on each customer's last contact as V49's {@code customer_contact} keeps it (a trigger adds each follow-up done),
     * joined as {@code k} on {@code k.customer_id = c.id}, and the score {@code s}: true or false, never null.
     * Parameters {@code :sinceA} to {@code :sinceC} ({@link #contactedSince}).
     */
    static final String CONTACTED = """
            coalesce(k.last_contact >= case s.segment when 'A' then cast(:sinceA as timestamptz)
                     when 'B' then cast(:sinceB as timestamptz) else cast(:sinceC as timestamptz) end, false)""";

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

    /** The period's days, those of the one before it (SegmentFigures#earlierPeriod) and where they are read from. */
    static JdbcClient.StatementSpec period(JdbcClient.StatementSpec statement, DateRange period) {
        return statement.param("pfrom", period.from()).param("pto", period.to())
                .param("pbefore", SegmentFigures.earlierPeriod(period).from()).param("pkind", kept(period));
    }

    /** The kind of calendar period V49 keeps a row of, or {@code lines} for any other range. */
    static String kept(DateRange period) {
        LocalDate from = period.from();
        if (from.getDayOfMonth() != 1) {
            return "lines";
        }
        if (period.to().equals(from.plusMonths(1))) {
            return "month";
        }
        if ((from.getMonthValue() - 1) % 3 == 0 && period.to().equals(from.plusMonths(3))) {
            return "quarter";
        }
        return from.getDayOfYear() == 1 && period.to().equals(from.plusYears(1)) ? "year" : "lines";
    }

    /** The first moment a contact counts in each segment, today, as the matrix defines it. */
    static JdbcClient.StatementSpec contactedSince(JdbcClient.StatementSpec statement, ServiceMatrix matrix, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        for (Segment segment : Segment.values()) {
            statement = statement.param("since" + segment.name(), moment(matrix.coveredSince(segment, today), clock));
        }
        return statement;
    }

    private static java.sql.Timestamp moment(LocalDate day, Clock clock) {
        return SqlTimes.timestamp(day.atStartOfDay(clock.getZone()).toInstant());
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
