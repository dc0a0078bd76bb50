package com.followup.domain.dashboard;

import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the database counts for one period, and the metrics made from it. New sales are the sales closed in the
 * period; the close rate counts the prospects worked in the period that are sold ({@code prospectsSold}). A share with nothing to divide by has
 * no value (shown as "no data"), never zero.
 */
public record PeriodCounts(long contacts, long prospects, long prospectsSold, long firstContacts, long meetings, long calls, long emails,
                           BigDecimal averageCallMinutes, long sold, BigDecimal soldAmount, long lost, long delivered,
                           long deliveredInFullOnTime, long deliveredLate, long deliveredIncomplete, BigDecimal collected, Compliance compliance) {

    /** The same counts without the prospects worked in the period: for a period whose prospects were not asked for. */
    public PeriodCounts withoutProspects() {
        return new PeriodCounts(contacts, 0, 0, firstContacts, meetings, calls, emails, averageCallMinutes, sold, soldAmount,
                lost, delivered, deliveredInFullOnTime, deliveredLate, deliveredIncomplete, collected, compliance);
    }

    public Map<Metric, BigDecimal> metrics() {
        Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
        SalesFigures sales = new SalesFigures(contacts, prospects, prospectsSold, firstContacts);
        metrics.put(Metric.NEW_SALES, BigDecimal.valueOf(sold));
        metrics.put(Metric.NEW_SALES_AMOUNT, soldAmount);
        sales.closeRatePerUniqueProspect().percent().ifPresent(p -> metrics.put(Metric.CLOSE_RATE_PER_PROSPECT, BigDecimal.valueOf(p)));
        sales.contactsPerProspect().perWhole(1).ifPresent(v -> metrics.put(Metric.CONTACTS_PER_PROSPECT, v));
        metrics.put(Metric.FIRST_CONTACTS, BigDecimal.valueOf(firstContacts));
        metrics.put(Metric.FOLLOW_UP_CONTACTS, BigDecimal.valueOf(sales.followUpContacts()));
        metrics.put(Metric.LOST_OPPORTUNITIES, BigDecimal.valueOf(lost));
        metrics.put(Metric.FOLLOW_UP_MEETINGS, BigDecimal.valueOf(meetings));
        metrics.put(Metric.CALLS_MADE, BigDecimal.valueOf(calls));
        metrics.put(Metric.EMAILS_SENT, BigDecimal.valueOf(emails));
        if (averageCallMinutes != null) {
            metrics.put(Metric.AVERAGE_CALL_MINUTES, averageCallMinutes.setScale(1, RoundingMode.HALF_UP));
        }
        new Ratio(deliveredInFullOnTime, delivered).percent()
                .ifPresent(p -> metrics.put(Metric.ON_TIME_IN_FULL, BigDecimal.valueOf(p)));
        metrics.put(Metric.LATE_DELIVERIES, BigDecimal.valueOf(deliveredLate));
        metrics.put(Metric.INCOMPLETE_DELIVERIES, BigDecimal.valueOf(deliveredIncomplete));
        metrics.put(Metric.AMOUNT_COLLECTED, collected);
        compliance.onTimeRate().percent().ifPresent(p -> metrics.put(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(p)));
        return metrics;
    }
}
