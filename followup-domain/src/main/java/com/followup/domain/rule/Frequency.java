package com.followup.domain.rule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * How often an item is followed up. The next due moment is computed in the zone of the last one
 * (the company's zone): day-based rhythms keep the local time of day across daylight-saving changes,
 * hourly rhythms count real elapsed hours. With working days only, Saturdays and Sundays are skipped.
 */
public sealed interface Frequency {

    /** The kinds of rhythm, in the order a form offers them. Switch over a frequency's kind, so a new one is handled everywhere. */
    enum Kind { EVERY_N_DAYS, EVERY_N_WEEKS, ON_WEEKDAYS, MONTHLY_ON_DAY, EVERY_N_HOURS }

    /**
     * A frequency as a form or a row holds it: its kind and the parts that kind uses ({@code every} for the
     * every-N kinds, {@code weekdays}, {@code dayOfMonth}); the parts it does not use are null or empty.
     */
    record Parts(Kind kind, Integer every, Set<DayOfWeek> weekdays, Integer dayOfMonth, boolean workingDaysOnly) {

        public Parts {
            weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
        }

        /** The frequency these parts make; null without a kind or without a part the kind needs. */
        public Frequency toFrequency() {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case EVERY_N_DAYS -> every == null ? null : new EveryNDays(every, workingDaysOnly);
                case EVERY_N_WEEKS -> every == null ? null : new EveryNWeeks(every, workingDaysOnly);
                case ON_WEEKDAYS -> new OnWeekdays(weekdays, workingDaysOnly);
                case MONTHLY_ON_DAY -> dayOfMonth == null ? null : new MonthlyOnDay(dayOfMonth, workingDaysOnly);
                case EVERY_N_HOURS -> every == null ? null : new EveryNHours(every, workingDaysOnly);
            };
        }

        /** The days of the week chosen, Monday first. */
        public List<DayOfWeek> weekdaysInOrder() {
            return weekdays.stream().sorted().toList();
        }
    }

    /** This frequency taken apart; {@link Parts#toFrequency()} builds it again. */
    Parts parts();

    default Kind kind() {
        return parts().kind();
    }

    boolean workingDaysOnly();

    /**
     * Whether a follow-up done at {@code doneAt} met its due moment: day rhythms allow until the end of the due day
     * in the company zone; hourly rhythms ({@link EveryNHours}) the due moment itself.
     */
    default boolean isOnTime(Instant dueAt, Instant doneAt, ZoneId zone) {
        return !doneAt.atZone(zone).toLocalDate().isAfter(dueAt.atZone(zone).toLocalDate());
    }

    ZonedDateTime nextDueAfter(ZonedDateTime last);

    /** About how long between two follow-ups, at the longest. */
    Duration approximateInterval();

    record EveryNDays(int days, boolean workingDaysOnly) implements Frequency {
        @Override
        public Parts parts() {
            return new Parts(Kind.EVERY_N_DAYS, days, null, null, workingDaysOnly);
        }

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
        public Parts parts() {
            return new Parts(Kind.EVERY_N_WEEKS, weeks, null, null, workingDaysOnly);
        }

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
        public Parts parts() {
            return new Parts(Kind.ON_WEEKDAYS, null, days, null, workingDaysOnly);
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
        public Parts parts() {
            return new Parts(Kind.MONTHLY_ON_DAY, null, null, dayOfMonth, workingDaysOnly);
        }

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
        public Parts parts() {
            return new Parts(Kind.EVERY_N_HOURS, hours, null, null, workingDaysOnly);
        }

        /** A fast rule's follow-up is late the moment its hour has passed. */
        @Override
        public boolean isOnTime(Instant dueAt, Instant doneAt, ZoneId zone) {
            return !doneAt.isAfter(dueAt);
        }

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
