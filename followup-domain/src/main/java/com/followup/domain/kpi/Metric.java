package com.followup.domain.kpi;

import com.followup.domain.area.Area;

import java.util.Arrays;
import java.util.List;

/**
 * What a computed KPI measures from the app's own data; a KPI without one is entered by its owner per period.
 * Most are better higher; late and incomplete deliveries, overdue money, open orders past their date, the churn rate and
 * lapsed A and B customers are better lower.
 */
public enum Metric {
    NEW_SALES(Area.SALES, Unit.COUNT, true),
    NEW_SALES_AMOUNT(Area.SALES, Unit.MONEY, true),
    CLOSE_RATE_PER_PROSPECT(Area.SALES, Unit.PERCENT, true),
    CONTACTS_PER_PROSPECT(Area.SALES, Unit.RATIO, false),
    FIRST_CONTACTS(Area.SALES, Unit.COUNT, true),
    FOLLOW_UP_CONTACTS(Area.SALES, Unit.COUNT, true),
    LOST_OPPORTUNITIES(Area.SALES, Unit.COUNT, false),
    /** Meetings held with prospects, logged as follow-ups; a lead's meetings are {@link #LEAD_MEETINGS_HELD}. */
    FOLLOW_UP_MEETINGS(Area.SALES, Unit.COUNT, true),
    CALLS_MADE(Area.SALES, Unit.COUNT, true),
    EMAILS_SENT(Area.SALES, Unit.COUNT, true),
    AVERAGE_CALL_MINUTES(Area.SALES, Unit.MINUTES, true),
    WEIGHTED_PIPELINE(Area.SALES, Unit.MONEY, true),
    COVERAGE(Area.SALES, Unit.PERCENT, true),
    RETENTION(Area.SALES, Unit.PERCENT, true),
    CHURN_RATE(Area.SALES, Unit.PERCENT, false),
    REVENUE_PER_CUSTOMER(Area.SALES, Unit.MONEY, true),
    LAPSED_A_B_CUSTOMERS(Area.SALES, Unit.COUNT, false),
    ON_TIME_IN_FULL(Area.OPERATIONS, Unit.PERCENT, true),
    LATE_DELIVERIES(Area.OPERATIONS, Unit.COUNT, false),
    INCOMPLETE_DELIVERIES(Area.OPERATIONS, Unit.COUNT, false),
    OPEN_PAST_PROMISED_DATE(Area.OPERATIONS, Unit.COUNT, false),
    AMOUNT_COLLECTED(Area.ADMINISTRATION, Unit.MONEY, true),
    AMOUNT_OVERDUE(Area.ADMINISTRATION, Unit.MONEY, false),
    ADVANCES_PENDING(Area.ADMINISTRATION, Unit.COUNT, false),
    /** People whose leads reached the funnel's step Meeting booked (the number marketing and sales share). */
    LEAD_MEETINGS_BOOKED(Area.SALES, Unit.COUNT, true),
    /** Leads with a meeting held. */
    LEAD_MEETINGS_HELD(Area.SALES, Unit.COUNT, true),
    LEADS_ANSWERED_IN_TIME(Area.SALES, Unit.PERCENT, true),
    LEAD_MEDIAN_FIRST_RESPONSE(Area.SALES, Unit.MINUTES, false),
    /** People whose leads reached the funnel's step Qualified. */
    LEADS_QUALIFIED(Area.SALES, Unit.COUNT, true),
    LEADS_REJECTED_SHARE(Area.SALES, Unit.PERCENT, false),
    FOLLOW_UP_ON_TIME_RATE(null, Unit.PERCENT, true);

    public enum Unit { COUNT, MONEY, PERCENT, RATIO, MINUTES }

    private final Area area;
    private final Unit unit;
    private final boolean higherIsBetter;

    Metric(Area area, Unit unit, boolean higherIsBetter) {
        this.area = area;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    /** The metrics a KPI of the area may use; the follow-up on-time rate fits every area. */
    public static List<Metric> of(Area area) {
        return Arrays.stream(values()).filter(metric -> metric.area == null || metric.area == area).toList();
    }

    public boolean fits(Area area) {
        return this.area == null || this.area == area;
    }

    /** A figure of the moment (what is open or overdue now) rather than of a period. */
    public boolean ofTheMoment() {
        return this == WEIGHTED_PIPELINE || this == OPEN_PAST_PROMISED_DATE || this == AMOUNT_OVERDUE || this == ADVANCES_PENDING
                || this == COVERAGE || this == LAPSED_A_B_CUSTOMERS;
    }

    /** Measured on the customer portfolio (PortfolioMetrics) rather than on items and follow-ups. */
    public boolean ofThePortfolio() {
        return this == COVERAGE || this == RETENTION || this == CHURN_RATE || this == REVENUE_PER_CUSTOMER
                || this == LAPSED_A_B_CUSTOMERS;
    }

    /** Counted per unique prospect, which no daily total can give: the database counts them only when asked. */
    public boolean perProspect() {
        return this == CLOSE_RATE_PER_PROSPECT || this == CONTACTS_PER_PROSPECT;
    }

    /** Counted from the leads that arrived in the period, as the lead dashboard counts them. */
    public boolean ofLeads() {
        return this == LEAD_MEETINGS_BOOKED || this == LEAD_MEETINGS_HELD || this == LEADS_ANSWERED_IN_TIME
                || this == LEAD_MEDIAN_FIRST_RESPONSE || this == LEADS_QUALIFIED || this == LEADS_REJECTED_SHARE;
    }

    public Unit unit() { return unit; }
    public boolean higherIsBetter() { return higherIsBetter; }
}
