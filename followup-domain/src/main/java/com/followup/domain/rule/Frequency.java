package com.followup.domain.rule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * How often an item is followed up. The next due moment is computed in the zone of the last one
 * (the company's zone): day-based rhythms keep the local time of day across daylight-saving changes,
 * hourly rhythms count real elapsed hours. With working days only, Saturdays and Sundays are skipped.
 */
public sealed interface Frequency {

    boolean workingDaysOnly();

    ZonedDateTime nextDueAfter(ZonedDateTime last);

    /** About how long between two follow-ups, at the longest. */
    Duration approximateInterval();

    record EveryNDays(int days, boolean workingDaysOnly) implements Frequency {
        @Override
        public ZonedDateTime nextDueAfter(ZonedDateTime last) {
            return skipWeekend(last.plusDays(days), workingDaysOnly);
        }

        @Override
        public Duration approximateInterval() {
            return Duration.ofDays(days);
        }
    }

    record EveryNWeeks(int weeks, boolean workingDaysOnly) implements Frequency {
        @Override
        public ZonedDateTime nextDueAfter(ZonedDateTime last) {
            return skipWeekend(last.plusWeeks(weeks), workingDaysOnly);
        }

        @Override
        public Duration approximateInterval() {
            return Duration.ofDays(7L * weeks);
        }
    }

    record OnWeekdays(Set<DayOfWeek> days, boolean workingDaysOnly) implements Frequency {
        public OnWeekdays {
            days = days == null ? Set.of() : Set.copyOf(days);
        }

        @Override
        public ZonedDateTime nextDueAfter(ZonedDateTime last) {
            if (days.isEmpty()) {
                throw new IllegalStateException("no day of the week chosen");
            }
            ZonedDateTime next = last.plusDays(1);
            while (!days.contains(next.getDayOfWeek())) {
                next = next.plusDays(1);
            }
            return skipWeekend(next, workingDaysOnly);
        }

        @Override
        public Duration approximateInterval() {
            int longestGap = 0;
            for (DayOfWeek day : days) {
                int gap = 1;
                while (!days.contains(day.plus(gap))) {
                    gap++;
                }
                longestGap = Math.max(longestGap, gap);
            }
            return Duration.ofDays(longestGap);
        }
    }

    /** On a day of each month; a day the month lacks (the 31st in April) becomes the month's last day. */
    record MonthlyOnDay(int dayOfMonth, boolean workingDaysOnly) implements Frequency {
        @Override
        public ZonedDateTime nextDueAfter(ZonedDateTime last) {
            ZonedDateTime thisMonth = onDay(last);
            ZonedDateTime next = thisMonth.isAfter(last) ? thisMonth : onDay(last.plusMonths(1).withDayOfMonth(1));
            return skipWeekend(next, workingDaysOnly);
        }

        private ZonedDateTime onDay(ZonedDateTime inMonth) {
            int lastDay = inMonth.with(TemporalAdjusters.lastDayOfMonth()).getDayOfMonth();
            return inMonth.withDayOfMonth(Math.min(dayOfMonth, lastDay));
        }

        @Override
        public Duration approximateInterval() {
            return Duration.ofDays(31);
        }
    }

    /** For fast rules; with working days only, the hours of a weekend do not count. */
    record EveryNHours(int hours, boolean workingDaysOnly) implements Frequency {
        @Override
        public ZonedDateTime nextDueAfter(ZonedDateTime last) {
            if (!workingDaysOnly) {
                return last.plusHours(hours);
            }
            ZonedDateTime from = isWeekend(last) ? startOfNext(DayOfWeek.MONDAY, last) : last;
            Duration left = Duration.ofHours(hours);
            while (true) {
                ZonedDateTime weekend = startOfNext(DayOfWeek.SATURDAY, from);
                if (from.plus(left).isBefore(weekend)) {
                    return from.plus(left);
                }
                left = left.minus(Duration.between(from, weekend));
                from = startOfNext(DayOfWeek.MONDAY, weekend);
            }
        }

        private static ZonedDateTime startOfNext(DayOfWeek day, ZonedDateTime moment) {
            return moment.toLocalDate().with(TemporalAdjusters.next(day)).atStartOfDay(moment.getZone());
        }

        @Override
        public Duration approximateInterval() {
            return Duration.ofHours(hours);
        }
    }

    private static ZonedDateTime skipWeekend(ZonedDateTime moment, boolean workingDaysOnly) {
        ZonedDateTime next = moment;
        while (workingDaysOnly && isWeekend(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWeekend(ZonedDateTime moment) {
        return moment.getDayOfWeek() == DayOfWeek.SATURDAY || moment.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
