package com.followup.domain.portfolio;

import com.followup.domain.dashboard.DateRange;

import java.time.LocalDate;
import java.util.List;

/** What the portfolio dashboard reads, each table in one statement however many customers there are. */
public interface PortfolioDashboards {

    /** Customers of one channel in one segment today, the period's revenue and known margin. */
    record ChannelCell(Segment segment, ServiceChannel channel, long customers, java.math.BigDecimal revenue,
                       java.math.BigDecimal margin) {
    }

    /**
     * The figures of each segment A to C and of the whole portfolio over {@code period}, the channel × segment
     * cells, and each segment's coverage today (as the portfolio list counts it); {@code ownerId} null is everyone's
     * customers. Read in one statement after the service matrix, so that the KPIs of the portfolio cost two.
     */
    record Overview(List<SegmentFigures> segments, SegmentFigures all, List<ChannelCell> cells, List<Coverage> coverage) {

        /** Segments A to C, then the whole portfolio. */
        public List<SegmentFigures> rows() {
            List<SegmentFigures> rows = new java.util.ArrayList<>(segments);
            rows.add(all);
            return rows;
        }
    }

    Overview overview(DateRange period, Long ownerId);

    /**
     * One week of the trend: for each segment today (null: the whole portfolio, unscored customers included), the
     * customers who bought in the week (as the list of customers who bought in a period counts them) and the revenue.
     */
    record WeekSales(DateRange week, Segment segment, long customers, java.math.BigDecimal revenue) {
    }

    /** The sales of each of {@code weeks}, in one statement; a week or segment with no sale has no row. */
    List<WeekSales> weeks(List<DateRange> weeks, Long ownerId);

    /** Customers by their segment in {@code month} (kept) and today; empty when that month was not kept. */
    List<SegmentMove> moves(LocalDate month, Long ownerId);

    MarketSizes marketSizes();

    /** Throws ConcurrentChangeException when the sizes changed since they were read. */
    MarketSizes save(MarketSizes sizes);
}
