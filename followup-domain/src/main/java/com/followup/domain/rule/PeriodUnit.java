package com.followup.domain.rule;

import java.time.Duration;
import java.time.ZonedDateTime;

/** Units of a fixed time allowed. Minutes and hours are elapsed time; days and longer are calendar time. */
public enum PeriodUnit {
    MINUTES,
    HOURS,
    DAYS,
    WEEKS,
    MONTHS;

    /** {@code amount} of this unit after {@code start}: on the clock for minutes and hours, on the calendar of the start's zone for longer. */
    public ZonedDateTime after(int amount, ZonedDateTime start) {
        return switch (this) {
            case MINUTES -> start.plusMinutes(amount);
            case HOURS -> start.plusHours(amount);
            case DAYS -> start.plusDays(amount);
            case WEEKS -> start.plusWeeks(amount);
            case MONTHS -> start.plusMonths(amount);
        };
    }

    /** The shortest {@code amount} of this unit can be (a month is at least 28 days). */
    public Duration shortest(int amount) {
        return switch (this) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> Duration.ofDays(amount);
            case WEEKS -> Duration.ofDays(7L * amount);
            case MONTHS -> Duration.ofDays(28L * amount);
        };
    }
}
