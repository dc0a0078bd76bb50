package com.followup.domain.measure;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The numbers of an area, aggregated in the database: never rows loaded to be counted. {@code personId} null is
 * the whole area; a person's follow-ups are those they did, their items those they own. Money is counted in the
 * company's currency only.
 */
public interface AreaMeasures {

    record Scope(Area area, Long personId, Currency currency) {
    }

    /** One range's figures: every metric that has a value in it, and its compliance. */
    record RangeFigures(Map<Metric, BigDecimal> metrics, Compliance compliance) {
    }

    /** Who is behind: per person, compliance in the range, what is overdue now and since when. */
    record PersonFigures(long personId, String name, Compliance compliance, long overdueNow, Instant oldestOverdue,
                         long pastDeadline) {
    }

    record Ageing(AgeingBucket bucket, long invoices, BigDecimal outstanding) {
    }

    /** Figures for each range, in the order given, in one statement; metrics without data are absent. */
    List<RangeFigures> figures(Scope scope, List<DateRange> ranges, Instant now);

    /** Metrics of the moment rather than of a period: weighted pipeline, orders past their date, money overdue. */
    Map<Metric, BigDecimal> snapshot(Scope scope, Instant now, LocalDate today);

    /** Everyone who worked or owns items in the area, worst compliance first. */
    List<PersonFigures> people(Area area, DateRange range, Instant now);

    /** Open receivables by how long past due, in the company's currency. */
    List<Ageing> receivables(Scope scope, Instant now);
}
