package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;

/**
 * Where each figure of a dashboard leads: the list of the rows it counts, for the same area, days and person
 * ({@code personId} null is the whole area).
 */
public record FigureLinks(Area area, DateRange range, Long personId) {

    /** The same figures for other days: a week of a trend. */
    public FigureLinks in(DateRange days) {
        return new FigureLinks(area, days, personId);
    }

    public String items(String counted) {
        return items(counted, personId, null);
    }

    public String items(String counted, Long owner, Long rule) {
        return itemsFor(FigureRows.CountedItems.valueOf(counted), owner, rule).toUriString();
    }

    /** All items of a person in the area, with no figure's filter. */
    public String ownedBy(long owner) {
        return UriComponentsBuilder.fromPath("/items").queryParam("area", area).queryParam("sort", "NEXT_DUE")
                .queryParam("owner", owner).build().toUriString();
    }

    public String aged(AgeingBucket bucket) {
        return itemsFor(FigureRows.CountedItems.AGED, personId, null).queryParam("age", bucket).encode().toUriString();
    }

    /** Open invoices in currencies other than the company's, as many as the dashboard counts beside the ageing. */
    public String otherCurrencies() {
        return itemsFor(FigureRows.CountedItems.OTHER_CURRENCY, personId, null).build().toUriString();
    }

    /** A funnel step: who reached the stage, or who reached the one before and not this one. */
    public String stage(String stage, boolean dropped) {
        return itemsFor(dropped ? FigureRows.CountedItems.DROPPED_BEFORE_STAGE : FigureRows.CountedItems.REACHED_STAGE,
                personId, null).queryParam("stage", stage).encode().toUriString();
    }

    /** The open items of a pipeline stage in one currency, as many as the money table counts. */
    public String pipeline(String stage, String currency) {
        return itemsFor(FigureRows.CountedItems.PIPELINE, personId, null).queryParam("stage", stage)
                .queryParam("currency", currency).encode().toUriString();
    }

    /** The items sold in the period in one currency, as many as the won line counts. */
    public String won(String currency) {
        return itemsFor(FigureRows.CountedItems.WON, personId, null).queryParam("currency", currency).encode().toUriString();
    }

    /** The sales closed from {@code first} to {@code last}, both included, as many as a running total counts. */
    public String soldBetween(LocalDate first, LocalDate last) {
        return in(DateRange.between(first, last, range.zone())).items(FigureRows.CountedItems.SOLD.name());
    }

    /** The sales with an amount in one currency from {@code first} to {@code last}: what a running amount adds up. */
    public String wonBetween(LocalDate first, LocalDate last, String currency) {
        return in(DateRange.between(first, last, range.zone())).won(currency);
    }

    /** Open invoices without an amount, which no currency's total holds. */
    public String withoutAmount() {
        return itemsFor(FigureRows.CountedItems.NO_AMOUNT, personId, null).build().toUriString();
    }

    public String followUps(String counted) {
        return followUps(counted, personId, null);
    }

    public String followUps(String counted, Long person, Long rule) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/follow-ups").queryParam("area", area)
                .queryParam("counted", FigureRows.CountedFollowUps.valueOf(counted))
                .queryParam("from", range.from()).queryParam("to", range.last())
                .queryParam("person", person == null ? "all" : person);
        if (rule != null) {
            uri.queryParam("rule", rule);
        }
        return uri.build().toUriString();
    }

    /** The follow-ups that fell due under the rules that move a KPI, as many as its row says fell due. */
    public String kpiFollowUps(KpiRow row) {
        return UriComponentsBuilder.fromUriString(followUps("FELL_DUE")).queryParam("kpi", row.kpi().id()).build()
                .toUriString();
    }

    /** The rows behind a KPI's actual, or null for a KPI entered by hand. */
    public String kpi(KpiRow row) {
        if (!row.kpi().isComputed()) {
            return null;
        }
        if (row.kpi().metric().ofThePortfolio()) {
            return portfolio(row.kpi().metric());
        }
        if (row.kpi().metric().ofLeads()) {
            return new LeadLinks(range).behind(row.kpi().metric(), personId);
        }
        return FigureRows.Source.of(row.kpi().metric())
                .map(source -> source.items() != null ? items(source.items().name()) : followUps(source.followUps().name()))
                .orElse(null);
    }

    /** The customers behind a portfolio metric, as the portfolio dashboard links them (PortfolioLinks). */
    private String portfolio(com.followup.domain.kpi.Metric metric) {
        PortfolioLinks links = new PortfolioLinks(range);
        return switch (metric) {
            case COVERAGE -> links.covered(null, true);
            case RETENTION -> links.counted("RETAINED", null);
            case CHURN_RATE -> links.counted("LOST", null);
            case REVENUE_PER_CUSTOMER -> links.counted("ACTIVE", null);
            default -> PortfolioLinks.lapsedAB();
        };
    }

    private UriComponentsBuilder itemsFor(FigureRows.CountedItems counted, Long owner, Long rule) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/items").queryParam("area", area)
                .queryParam("counted", counted).queryParam("owner", owner == null ? "all" : owner);
        if (counted.closedInRange() || counted == FigureRows.CountedItems.REACHED_STAGE
                || counted == FigureRows.CountedItems.DROPPED_BEFORE_STAGE) {
            uri.queryParam("from", range.from()).queryParam("to", range.last());
        }
        if (rule != null) {
            uri.queryParam("rule", rule);
        }
        return uri;
    }
}
