package com.followup.web.portfolio;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.Coverage;
import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentMove;
import com.followup.domain.portfolio.ServiceChannel;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The portfolio dashboard of a period, read in five statements whatever the number of customers: segments with the
 * channel × segment cells, coverage, movement since last quarter, the market sizes and the last 13 weeks' sales.
 */
public record PortfolioDashboard(DateRange period, DateRange earlierPeriod, PortfolioDashboards.Overview overview,
                                 List<Coverage> coverage, LocalDate comparedMonth, List<SegmentMove> moves,
                                 MarketSizes market, List<DateRange> weeks, List<PortfolioDashboards.WeekSales> weekSales) {

    static final int WEEKS = 13;

    /** A week's sales in a segment (null: the whole portfolio); nothing sold is zero. */
    public PortfolioDashboards.WeekSales week(DateRange week, Segment segment) {
        return weekSales.stream().filter(w -> w.week().equals(week) && w.segment() == segment).findFirst()
                .orElse(new PortfolioDashboards.WeekSales(week, segment, 0, java.math.BigDecimal.ZERO));
    }

    /** The customers behind a week's figure: those who bought in that week, of the segment. */
    public String weekLink(DateRange week, Segment segment) {
        return new com.followup.web.dashboard.PortfolioLinks(week).counted("ACTIVE", segment);
    }

    /** The segments, then the whole portfolio (null), as the weeks' columns. */
    public List<Segment> weekColumns() {
        List<Segment> columns = new java.util.ArrayList<>(List.of(Segment.values()));
        columns.add(null);
        return columns;
    }

    public List<Segment> segments() {
        return List.of(Segment.values());
    }

    /** Segments A to C, then the whole portfolio. */
    public List<com.followup.domain.portfolio.SegmentFigures> rows() {
        return overview.rows();
    }

    public List<ServiceChannel> channels() {
        return overview.cells().stream().map(PortfolioDashboards.ChannelCell::channel).distinct().toList();
    }

    public PortfolioDashboards.ChannelCell cell(ServiceChannel channel, Segment segment) {
        return overview.cells().stream().filter(c -> c.channel() == channel && c.segment() == segment).findFirst().orElse(null);
    }

    /** Customers in {@code was} in the compared month and in {@code now} today. */
    public long moved(Segment was, Segment now) {
        return moves.stream().filter(m -> m.was() == was && m.now() == now).mapToLong(SegmentMove::customers).sum();
    }

    public boolean isEmpty() {
        return overview.all().customers() == 0;
    }

    @Service
    static class Reading {

        private final PortfolioDashboards dashboards;
        private final Clock clock;

        Reading(PortfolioDashboards dashboards, Clock clock) {
            this.dashboards = dashboards;
            this.clock = clock;
        }

        PortfolioDashboard of(DateRange period) {
            LocalDate month = SegmentMove.comparedMonth(LocalDate.now(clock));
            List<DateRange> weeks = DateRange.weeksUpTo(LocalDate.now(clock), WEEKS, clock.getZone());
            PortfolioDashboards.Overview overview = dashboards.overview(period, null);
            return new PortfolioDashboard(period, com.followup.domain.portfolio.SegmentFigures.earlierPeriod(period),
                    overview, overview.coverage(), month, dashboards.moves(month, null),
                    dashboards.marketSizes(), weeks, dashboards.weeks(weeks, null));
        }
    }
}
