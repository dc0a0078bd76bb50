package com.followup.domain.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.item.ItemLists;
import com.followup.domain.kpi.Metric;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows behind each figure of the dashboards: the items or the follow-ups it counts, for the same area, range and
 * person, paged in the database. A list's total equals its figure, because both are counted with the same
 * predicate ({@code persistence.dashboard.FigurePredicates}).
 */
public interface FigureRows {

    /** Which items a figure counts; closed ones in the range, the others as they stand now. */
    enum CountedItems {
        SOLD, LOST, DELIVERED, DELIVERED_LATE, DELIVERED_INCOMPLETE, COLLECTED, OPEN, OVERDUE_NOW, PAST_DEADLINE,
        PAST_PROMISED_DATE, ADVANCES_PENDING, PAST_DUE, AGED, OTHER_CURRENCY, REACHED_STAGE, DROPPED_BEFORE_STAGE,
        /** The open pipeline of one stage in one currency: open Sales items with an amount (AreaMeasures.SalesMoney). */
        PIPELINE,
        /** Won in one currency: Sales items closed as sold in the range, with an amount (AreaMeasures.SalesMoney). */
        WON,
        /** Open invoices without an amount, which no currency's total can hold (AreaMeasures.OtherReceivables). */
        NO_AMOUNT;

        /** Counted by when they closed, within the range; the rest are counted as they stand now. */
        public boolean closedInRange() {
            return this == SOLD || this == LOST || this == DELIVERED || this == DELIVERED_LATE
                    || this == DELIVERED_INCOMPLETE || this == COLLECTED || this == WON;
        }

        /**
         * The money a list of these items adds up, per currency, so that a money figure linking to it (won, the
         * pipeline, new sales amount, outstanding by age, overdue amount) can be checked against its rows.
         */
        public ListedMoney money() {
            return switch (this) {
                case SOLD, WON, PIPELINE -> ListedMoney.AMOUNT;
                case AGED, PAST_DUE, OTHER_CURRENCY -> ListedMoney.BALANCE;
                default -> ListedMoney.NONE;
            };
        }
    }

    /** What a list's money is: the items' amounts, the balance still to collect on them, or no money at all. */
    enum ListedMoney {
        AMOUNT, BALANCE, NONE
    }

    /** Which follow-ups a figure counts: those that fell due in the range (and how), or those done in it. */
    enum CountedFollowUps {
        FELL_DUE, ON_TIME, LATE, OVERDUE, DONE, FIRST_CONTACTS, FOLLOW_UP_CONTACTS, MEETINGS, CALLS, EMAILS;

        public boolean byDueMoment() {
            return this == FELL_DUE || this == ON_TIME || this == LATE || this == OVERDUE;
        }
    }

    /** How a follow-up that fell due stands: done by its due moment, done after it, or not done and overdue. */
    enum OnTimeState { ON_TIME, LATE, OVERDUE }

    /**
     * {@code personId} null is the whole area (items by owner, follow-ups by who did them); {@code ruleId} null any
     * rule; {@code age} is read for {@link CountedItems#AGED}, {@code stage} for the funnel's
     * {@link CountedItems#REACHED_STAGE} and {@link CountedItems#DROPPED_BEFORE_STAGE} (the step from the stage before)
     * and for {@link CountedItems#PIPELINE} ("" for items without a stage); {@code currency} for the money figures
     * {@link CountedItems#PIPELINE} and {@link CountedItems#WON}, each counted in its own currency.
     */
    record ItemsQuery(Area area, Long personId, Long ruleId, DateRange range, CountedItems counted, AgeingBucket age,
                      String stage, String currency, int page, int size) {

        public ItemsQuery(Area area, Long personId, Long ruleId, DateRange range, CountedItems counted, AgeingBucket age,
                          String stage, int page, int size) {
            this(area, personId, ruleId, range, counted, age, stage, null, page, size);
        }
    }

    /** {@code kpiId}: only the follow-ups of the rules that move that KPI (null: any). */
    record FollowUpsQuery(Area area, Long personId, Long ruleId, Long kpiId, DateRange range, CountedFollowUps counted,
                          int page, int size) {
    }

    /** A follow-up done, or (overdue) one not done yet: then it has no id, done moment or channel. */
    record FollowUpRow(Long followUpId, long itemId, String itemTitle, String ruleTopic, long personId,
                       String personName, Instant dueAt, Instant doneAt, String channel, String kind, OnTimeState state,
                       ItemPurpose itemPurpose, RulePurpose rulePurpose) {
    }

    record FollowUpPage(List<FollowUpRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    ItemLists.ItemPage items(ItemsQuery query, Instant now);

    /** Money in one currency, never converted. */
    record CurrencyAmount(String currency, BigDecimal amount) {
    }

    /**
     * What the items of {@link CountedItems#COLLECTED} brought in within the range, per currency in alphabetical
     * order: collections in full and in part, as the amount collected figure adds them up in the company's currency.
     */
    List<CurrencyAmount> collected(Area area, Long personId, DateRange range);

    /**
     * The money of all the items {@code query} lists (every page), per currency in alphabetical order, as
     * {@link CountedItems#money()} says; empty when the list counts no money.
     */
    List<CurrencyAmount> money(ItemsQuery query, Instant now);

    FollowUpPage followUps(FollowUpsQuery query, Instant now);

    /** Where a computed KPI's actual comes from: items or follow-ups, one of the two. */
    record Source(CountedItems items, CountedFollowUps followUps) {

        public static Optional<Source> of(Metric metric) {
            return Optional.ofNullable(switch (metric) {
                case NEW_SALES, NEW_SALES_AMOUNT -> items(CountedItems.SOLD);
                case LOST_OPPORTUNITIES -> items(CountedItems.LOST);
                case ON_TIME_IN_FULL -> items(CountedItems.DELIVERED);
                case LATE_DELIVERIES -> items(CountedItems.DELIVERED_LATE);
                case INCOMPLETE_DELIVERIES -> items(CountedItems.DELIVERED_INCOMPLETE);
                case AMOUNT_COLLECTED -> items(CountedItems.COLLECTED);
                case WEIGHTED_PIPELINE -> items(CountedItems.OPEN);
                case OPEN_PAST_PROMISED_DATE -> items(CountedItems.PAST_PROMISED_DATE);
                case AMOUNT_OVERDUE -> items(CountedItems.PAST_DUE);
                case ADVANCES_PENDING -> items(CountedItems.ADVANCES_PENDING);
                case CLOSE_RATE_PER_PROSPECT, CONTACTS_PER_PROSPECT -> followUps(CountedFollowUps.DONE);
                case FIRST_CONTACTS -> followUps(CountedFollowUps.FIRST_CONTACTS);
                case FOLLOW_UP_CONTACTS -> followUps(CountedFollowUps.FOLLOW_UP_CONTACTS);
                case FOLLOW_UP_MEETINGS -> followUps(CountedFollowUps.MEETINGS);
                case CALLS_MADE, AVERAGE_CALL_MINUTES -> followUps(CountedFollowUps.CALLS);
                case EMAILS_SENT -> followUps(CountedFollowUps.EMAILS);
                case FOLLOW_UP_ON_TIME_RATE -> followUps(CountedFollowUps.FELL_DUE);
                // counted on customers: their rows are the portfolio list (PortfolioMetrics)
                case COVERAGE, RETENTION, CHURN_RATE, REVENUE_PER_CUSTOMER, LAPSED_A_B_CUSTOMERS -> null;
                // counted from leads: their rows are leads (LeadFigures.Counted)
                case LEAD_MEETINGS_BOOKED, LEAD_MEETINGS_HELD, LEADS_ANSWERED_IN_TIME, LEAD_MEDIAN_FIRST_RESPONSE,
                     LEADS_QUALIFIED, LEADS_REJECTED_SHARE -> null;
            });
        }

        private static Source items(CountedItems items) {
            return new Source(items, null);
        }

        private static Source followUps(CountedFollowUps followUps) {
            return new Source(null, followUps);
        }
    }
}
