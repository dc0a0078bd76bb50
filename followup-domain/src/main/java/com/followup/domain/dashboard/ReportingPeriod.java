package com.followup.domain.dashboard;

import com.followup.domain.kpi.KpiPeriod;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A day, an ISO week (Monday to Sunday) or a calendar month in the company's zone, as the half-open
 * range of instants [start, end) that queries use.
 */
public record ReportingPeriod(KpiPeriod kind, LocalDate firstDay, ZoneId zone) {

    public static ReportingPeriod containing(KpiPeriod kind, LocalDate day, ZoneId zone) {
        LocalDate first = switch (kind) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
        return new ReportingPeriod(kind, first, zone);
    }

    public static ReportingPeriod containing(KpiPeriod kind, Instant moment, ZoneId zone) {
        return containing(kind, moment.atZone(zone).toLocalDate(), zone);
    }

    public LocalDate dayAfterLast() {
        return switch (kind) {
            case DAY -> firstDay.plusDays(1);
            case WEEK -> firstDay.plusWeeks(1);
            case MONTH -> firstDay.plusMonths(1);
        };
    }

    public Instant start() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return dayAfterLast().atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }

    public ReportingPeriod previous() {
        LocalDate first = switch (kind) {
            case DAY -> firstDay.minusDays(1);
            case WEEK -> firstDay.minusWeeks(1);
            case MONTH -> firstDay.minusMonths(1);
        };
        return new ReportingPeriod(kind, first, zone);
    }

    /** This period and the ones before it, oldest first: the last 13 weeks for a trend. */
    public List<ReportingPeriod> lastPeriods(int count) {
        List<ReportingPeriod> periods = new ArrayList<>();
        ReportingPeriod period = this;
        for (int i = 0; i < count; i++) {
            periods.add(0, period);
            period = period.previous();
        }
        return periods;
    }
}
