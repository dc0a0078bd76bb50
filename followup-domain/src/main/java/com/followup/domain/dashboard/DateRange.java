package com.followup.domain.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Whole days [from, to) in the company's zone, as the half-open range of instants that queries use. */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    public static final int LONGEST_DAYS = 731;

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a range ends after it starts: " + from + " .. " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_DAYS) {
            throw new IllegalArgumentException("a range spans at most " + LONGEST_DAYS + " days");
        }
    }

    /** Monday to Sunday. */
    public static DateRange weekOf(LocalDate day, ZoneId zone) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusWeeks(1), zone);
    }

    public static DateRange monthOf(LocalDate day, ZoneId zone) {
        LocalDate first = day.withDayOfMonth(1);
        return new DateRange(first, first.plusMonths(1), zone);
    }

    /** The calendar quarter of {@code day}: January to March, April to June, and so on. */
    public static DateRange quarterOf(LocalDate day, ZoneId zone) {
        LocalDate first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        return new DateRange(first, first.plusMonths(3), zone);
    }

    public static DateRange yearOf(LocalDate day, ZoneId zone) {
        LocalDate first = day.withDayOfYear(1);
        return new DateRange(first, first.plusYears(1), zone);
    }

    /** From the first of the month to the end of today. */
    public static DateRange monthToDate(LocalDate today, ZoneId zone) {
        return new DateRange(today.withDayOfMonth(1), today.plusDays(1), zone);
    }

    /** Both days included, as people say "from the 3rd to the 17th". */
    public static DateRange between(LocalDate first, LocalDate last, ZoneId zone) {
        return new DateRange(first, last.plusDays(1), zone);
    }

    /**
     * Whether a typed day is one a range can hold: a four-digit year. A date such as +300000-01-01 parses, but no
     * database timestamp reaches it, and nobody means it.
     */
    public static boolean isReadable(LocalDate day) {
        return day != null && day.getYear() >= 1000 && day.getYear() <= 9998;
    }

    /** Whether a first and a last day typed by a person make a range the app takes. */
    public static boolean takes(LocalDate first, LocalDate last) {
        return isReadable(first) && isReadable(last) && !last.isBefore(first)
                && ChronoUnit.DAYS.between(first, last) < LONGEST_DAYS;
    }

    /** Both days included when they make a range the app takes; otherwise the month of {@code today}. */
    public static DateRange chosenOrMonth(LocalDate first, LocalDate last, LocalDate today, ZoneId zone) {
        if (takes(first, last)) {
            return between(first, last, zone);
        }
        return monthOf(today, zone);
    }

    /** The same days one month earlier, so that "this month so far" compares with as many days of last month. */
    public DateRange monthBefore() {
        LocalDate start = from.minusMonths(1);
        LocalDate end = to.minusMonths(1);
        return new DateRange(start, end.isAfter(start) ? end : start.plusDays(1), zone);
    }

    /** The {@code count} weeks up to and including the one containing {@code day}, oldest first. */
    public static List<DateRange> weeksUpTo(LocalDate day, int count, ZoneId zone) {
        List<DateRange> weeks = new ArrayList<>();
        DateRange week = weekOf(day, zone);
        for (int i = 0; i < count; i++) {
            weeks.add(0, week);
            week = new DateRange(week.from.minusWeeks(1), week.from, zone);
        }
        return weeks;
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.atStartOfDay(zone).toInstant();
    }

    /** The last day included. */
    public LocalDate last() {
        return to.minusDays(1);
    }
}
