package com.followup.web.dashboard;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.PortfolioLists.Counted;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentFigures;
import com.followup.domain.portfolio.ServiceChannel;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;

/**
 * Where each figure of the portfolio dashboard leads: the portfolio list filtered to exactly the customers it counts
 * ({@code segment} null: every segment), for the dashboard's period.
 */
public record PortfolioLinks(DateRange period) {

    public String customers(Segment segment) {
        return list(segment).build().toUriString();
    }

    /** Bought in the period (ACTIVE), in both periods (RETAINED) or in the earlier one only (LOST). */
    public String counted(String kind, Segment segment) {
        return counted(Counted.Kind.valueOf(kind), segment, period);
    }

    /** Bought in the period before, the base of retention and churn. */
    public String activeBefore(Segment segment) {
        return counted(Counted.Kind.ACTIVE, segment, SegmentFigures.earlierPeriod(period));
    }

    public String channel(Segment segment, ServiceChannel channel) {
        return list(segment).queryParam("channel", channel).build().toUriString();
    }

    public String covered(Segment segment, boolean covered) {
        return list(segment).queryParam("covered", covered).build().toUriString();
    }

    public String lapsed(Segment segment) {
        return list(segment).queryParam("lapsed", true).build().toUriString();
    }

    /** The A and B customers who lapsed (a KPI metric and the weekly alert). */
    public static String lapsedAB() {
        return UriComponentsBuilder.fromPath("/portfolio").queryParam("counted", Counted.Kind.A_B).queryParam("lapsed", true)
                .build().toUriString();
    }

    /** The A and B customers not contacted within their rhythm (the weekly alert). */
    public static String uncoveredAB() {
        return UriComponentsBuilder.fromPath("/portfolio").queryParam("counted", Counted.Kind.A_B).queryParam("covered", false)
                .build().toUriString();
    }

    /** The customers in a lower segment today than in the kept {@code month} (the weekly alert). */
    public static String movedDown(LocalDate month) {
        return UriComponentsBuilder.fromPath("/portfolio").queryParam("counted", Counted.Kind.MOVED_DOWN)
                .queryParam("month", month).build().toUriString();
    }

    /** In segment {@code was} in the kept {@code month}, in {@code now} today. */
    public String moved(Segment was, Segment now, LocalDate month) {
        return list(now).queryParam("counted", Counted.Kind.MOVED).queryParam("month", month).queryParam("was", was)
                .build().toUriString();
    }

    private String counted(Counted.Kind kind, Segment segment, DateRange days) {
        return list(segment).queryParam("counted", kind).queryParam("from", days.from()).queryParam("to", days.last())
                .build().toUriString();
    }

    private static UriComponentsBuilder list(Segment segment) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/portfolio");
        return segment == null ? uri : uri.queryParam("segment", segment);
    }
}
