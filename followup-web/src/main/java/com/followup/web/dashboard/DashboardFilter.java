package com.followup.web.dashboard;

import com.followup.domain.dashboard.DateRange;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period and person a dashboard shows, as chosen; a range that cannot be read (a date outside the years the app
 * takes is left unset by the binder, with its message) falls back to this month.
 */
public class DashboardFilter {

    public enum Period { THIS_WEEK, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, RANGE }

    private Period period = Period.THIS_MONTH;
    private LocalDate from;
    private LocalDate to;
    private Long person;

    public DateRange range(LocalDate today, ZoneId zone) {
        switch (period) {
            case THIS_WEEK:
                return DateRange.weekOf(today, zone);
            case LAST_MONTH:
                return DateRange.monthOf(today.minusMonths(1), zone);
            case THIS_QUARTER:
                return DateRange.quarterOf(today, zone);
            case LAST_QUARTER:
                return DateRange.quarterOf(today.minusMonths(3), zone);
            case THIS_YEAR:
                return DateRange.yearOf(today, zone);
            case RANGE:
                if (DateRange.takes(from, to)) {
                    return DateRange.between(from, to, zone);
                }
                period = Period.THIS_MONTH;
                return DateRange.monthOf(today, zone);
            default:
                return DateRange.monthOf(today, zone);
        }
    }

    public Period getPeriod() { return period; }
    public void setPeriod(Period period) { this.period = period == null ? Period.THIS_MONTH : period; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
}
