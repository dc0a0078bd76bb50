package com.followup.domain.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Metric;
import com.followup.domain.rule.Outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers of an area, aggregated in the database: never rows loaded to be counted. {@code personId} null is
 * the whole area; a person's follow-ups are those they did, their items those they own. Money is counted in the
 * company's currency only.
 */
public interface AreaMeasures {

    record Scope(Area area, Long personId, Currency currency) {
    }

    /**
     * One range's figures: every metric that has a value in it, its compliance, and its prospects new and existing
     * (null unless they were counted in this range).
     */
    record RangeFigures(Map<Metric, BigDecimal> metrics, Compliance compliance, ProspectCohorts prospects) {
    }

    /** Who is behind: per person, compliance in the range, what is overdue now and since when. */
    record PersonFigures(long personId, String name, Compliance compliance, long overdueNow, Instant oldestOverdue,
                         long pastDeadline) {
    }

    record Ageing(AgeingBucket bucket, long invoices, BigDecimal outstanding) {
    }

    /**
     * Figures for each range, in the order given, and the metrics of the moment rather than of a period (weighted
     * pipeline, orders past their date, money overdue, advances pending), all in one statement. Metrics without
     * data are absent. Two kinds cost more than the rest and are counted only when {@code asked} holds one of them:
     * metrics per unique prospect ({@link Metric#perProspect()}), counted in every range, and of the moment
     * ({@link Metric#ofTheMoment()}). {@code firstRangeProspects} counts the prospects of the first range alone (the
     * Sales dashboard's new and existing prospects): a prospect is read item by item, so every range of a trend costs
     * as much as the period. Ranges are days of the company's zone.
     */
    Figures figures(Scope scope, List<DateRange> ranges, Set<Metric> asked, boolean firstRangeProspects, Instant now,
                    LocalDate today);

    record Figures(List<RangeFigures> ranges, Map<Metric, BigDecimal> moment) {
    }

    /**
     * The director's overview: for each area given, its figures of the one range and, when asked, of the moment, as
     * {@link #figures} gives them for the area as a whole, but all areas in one statement. Prospects are counted only
     * for an area that asks for a metric per prospect.
     */
    Map<Area, Figures> figuresOfAreas(DateRange range, Map<Area, Set<Metric>> asked, Currency currency, Instant now,
                                      LocalDate today);

    /** Compliance of one rule of the area in the range, what under it is overdue now, and the KPI it moves. */
    record RuleFigures(long ruleId, String topic, long kpiId, Compliance compliance, long overdueNow,
                       com.followup.domain.rule.RulePurpose purpose) {
    }

    /** Who and what is behind: people and rules of the area, each worst compliance first. */
    record Behind(List<PersonFigures> people, List<RuleFigures> rules) {
    }

    /** Everyone who worked or owns items in the area, and every rule with items, in one statement. */
    Behind behind(Area area, DateRange range, Instant now);

    /** One stage of the Sales funnel: items started in the range that reached it (a sale reaches every stage). */
    record FunnelStage(String stage, long reached) {

        /** The last step: sold, which people read as the outcome's word rather than a stage of the rule. */
        public boolean isSold() {
            return Outcome.SOLD.name().equals(stage);
        }
    }

    /**
     * The funnel of the first active Sales rule with stages, for the items it started in the range: how many reached
     * each stage, then how many were sold.
     */
    List<FunnelStage> funnel(Long personId, DateRange range);

    /** Open receivables by how long past due, in the company's currency. */
    List<Ageing> receivables(Scope scope, Instant now);

    /** Open receivables in a currency other than the company's: totals in that currency, never converted. */
    record OtherCurrency(String currency, long invoices, BigDecimal outstanding, BigDecimal pastDue) {
    }

    /**
     * The open receivables no ageing table in the company's currency holds: every other currency, in alphabetical
     * order, and the invoices without an amount, so that none is silently left out.
     */
    record OtherReceivables(List<OtherCurrency> currencies, long withoutAmount) {
    }

    /** {@link OtherReceivables}, in one statement. */
    OtherReceivables receivablesInOtherCurrencies(Scope scope, Instant now, LocalDate today);

    /**
     * The open pipeline of one stage in one currency: the open Sales items with an amount, their amounts added up,
     * and added up weighted by each item's conversion probability ({@code amount × probability / 100}, none counts 0).
     * {@code stage} is "" for items without one.
     */
    record StageMoney(String stage, String currency, long items, BigDecimal amount, BigDecimal weighted) {
    }

    /** Won in one currency: the Sales items with an amount closed as sold in the range, and their amounts added up. */
    record WonMoney(String currency, long items, BigDecimal amount) {
    }

    /**
     * Money on the Sales dashboard, each currency totalled on its own and never converted: the open pipeline by
     * stage (as it stands now) and what was won in the range.
     */
    record SalesMoney(List<StageMoney> pipeline, List<WonMoney> won) {

        public boolean isEmpty() {
            return pipeline.isEmpty() && won.isEmpty();
        }
    }

    /**
     * The Sales money of the area or of one owner, in one statement: pipeline stages in the order of the funnel's
     * rule (then by name), per currency in alphabetical order.
     */
    SalesMoney salesMoney(Long personId, DateRange range);

    /** What the Sales dashboard shows beside its KPIs: the funnel and the money. */
    record Sales(List<FunnelStage> funnel, SalesMoney money) {
    }

    /** {@link #funnel} and {@link #salesMoney} read together, in one statement. */
    Sales sales(Long personId, DateRange range);

    /**
     * The Sales items closed as sold in {@code days}, per day of the company's zone and currency (null for those
     * without an amount), in one statement: what {@link SalesRunningTotal} adds up.
     */
    List<SalesRunningTotal.DailySales> dailySales(Long personId, DateRange days);
}
