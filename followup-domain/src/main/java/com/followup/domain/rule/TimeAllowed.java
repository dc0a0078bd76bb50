package com.followup.domain.rule;

import java.time.Duration;
import java.time.ZonedDateTime;

/** How long an item under a rule may take: a fixed period from its start, or a term each item carries. */
public sealed interface TimeAllowed {

    record FixedPeriod(int amount, PeriodUnit unit) implements TimeAllowed {

        /** Minutes and hours run on the clock; days, weeks and months on the calendar of the start's zone. */
        public ZonedDateTime deadlineFrom(ZonedDateTime start) {
            return switch (unit) {
                case MINUTES -> start.plusMinutes(amount);
                case HOURS -> start.plusHours(amount);
                case DAYS -> start.plusDays(amount);
                case WEEKS -> start.plusWeeks(amount);
                case MONTHS -> start.plusMonths(amount);
            };
        }

        /** The shortest this period can be, for comparing it with a frequency (a month is at least 28 days). */
        public Duration shortest() {
            return switch (unit) {
                case MINUTES -> Duration.ofMinutes(amount);
                case HOURS -> Duration.ofHours(amount);
                case DAYS -> Duration.ofDays(amount);
                case WEEKS -> Duration.ofDays(7L * amount);
                case MONTHS -> Duration.ofDays(28L * amount);
            };
        }
    }

    record FromItem(ItemTerm term) implements TimeAllowed {
    }
}
