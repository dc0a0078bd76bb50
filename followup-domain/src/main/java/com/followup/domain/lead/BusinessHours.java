package com.followup.domain.lead;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The company's working hours and days in its time zone, the clock a lead's response deadline runs on: it stops at
 * closing and starts again at the next opening. Time is counted as it passes (instants), so a working day that
 * loses an hour to daylight saving counts one hour less.
 */
public record BusinessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opening must come before closing");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("at least one working day");
        }
        days = Set.copyOf(days);
    }

    /** Nine to six, Monday to Friday. */
    public static BusinessHours officeHours(ZoneId zone) {
        return new BusinessHours(zone, LocalTime.of(9, 0), LocalTime.of(18, 0), MONDAY_TO_FRIDAY);
    }

    /** The moment {@code allowed} business time has passed since {@code arrival}; arrivals out of hours start at the next opening. */
    public Instant deadline(Instant arrival, Duration allowed) {
        Instant cursor = startOfWork(arrival);
        Duration left = allowed;
        while (true) {
            Instant closing = closingOf(cursor);
            Duration available = Duration.between(cursor, closing);
            if (left.compareTo(available) <= 0) {
                return cursor.plus(left);
            }
            left = left.minus(available);
            cursor = nextOpeningAfter(closing.atZone(zone).toLocalDate());
        }
    }

    /** Business time between two moments: how long a lead waited for its first answer, nights and weekends left out. */
    public Duration between(Instant from, Instant to) {
        Duration counted = Duration.ZERO;
        Instant cursor = startOfWork(from);
        while (cursor.isBefore(to)) {
            Instant closing = closingOf(cursor);
            counted = counted.plus(Duration.between(cursor, closing.isBefore(to) ? closing : to));
            cursor = nextOpeningAfter(closing.atZone(zone).toLocalDate());
        }
        return counted;
    }

    /** The moment itself when it falls in working time, else the next opening. */
    Instant startOfWork(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (days.contains(day.getDayOfWeek())) {
            Instant opening = at(day, opens);
            if (moment.isBefore(opening)) {
                return opening;
            }
            if (moment.isBefore(at(day, closes))) {
                return moment;
            }
        }
        return nextOpeningAfter(day);
    }

    private Instant closingOf(Instant inWorkingTime) {
        return at(inWorkingTime.atZone(zone).toLocalDate(), closes);
    }

    private Instant nextOpeningAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!days.contains(next.getDayOfWeek())) {
            next = next.plusDays(1);
        }
        return at(next, opens);
    }

    /** A local time that a daylight-saving change skips is read as the first moment after the gap. */
    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
