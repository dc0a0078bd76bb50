package com.followup.domain.portfolio;

import com.followup.domain.portfolio.PortfolioLists.CustomerPage;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The weekly alert to Sales managers: A and B customers who lapsed, A and B customers not contacted within their
 * rhythm, and customers who moved down a segment since last month's kept segments. Decided once a week per manager
 * (its key), from Monday at {@link #FROM} in the company's zone; a week with nothing to say sends nothing.
 */
public record WeeklyAlert(CustomerPage lapsed, CustomerPage uncovered, CustomerPage movedDown, LocalDate comparedMonth) {

    public static final LocalTime FROM = LocalTime.of(7, 0);
    /** The most customers named in each part; the rest are in the list its link opens. */
    public static final int MOST_NAMED = 20;

    /** What the alert lists, each a page of at most {@link #MOST_NAMED} with its total: A and B, lapsed or uncovered. */
    public static List<PortfolioLists.CustomerQuery> queries(LocalDate today) {
        PortfolioLists.Counted aAndB = new PortfolioLists.Counted(PortfolioLists.Counted.Kind.A_B, null, null, null);
        return List.of(
                new PortfolioLists.CustomerQuery(null, null, null, null, null, true, null, PortfolioLists.Sort.REVENUE, 0,
                        MOST_NAMED, aAndB),
                new PortfolioLists.CustomerQuery(null, null, null, null, null, null, false, PortfolioLists.Sort.REVENUE, 0,
                        MOST_NAMED, aAndB),
                new PortfolioLists.CustomerQuery(null, null, null, null, null, null, null, PortfolioLists.Sort.REVENUE, 0,
                        MOST_NAMED, new PortfolioLists.Counted(PortfolioLists.Counted.Kind.MOVED_DOWN, null,
                        SegmentMove.lastMonth(today), null)));
    }

    /** From Monday at seven in the morning until the week ends. */
    public static boolean due(Instant now, ZoneId zone) {
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return !now.isBefore(monday.atTime(FROM).atZone(zone).toInstant());
    }

    /** One alert per manager and ISO week, whichever instance or run decides it. */
    public static String key(long managerId, Instant now, ZoneId zone) {
        LocalDate day = now.atZone(zone).toLocalDate();
        return "portfolio-week:" + managerId + ":" + day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public boolean isEmpty() {
        return lapsed.total() == 0 && uncovered.total() == 0 && movedDown.total() == 0;
    }
}
