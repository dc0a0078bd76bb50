package com.followup.domain.portfolio;

import java.time.LocalDate;

/** How many customers were in segment {@code was} in a kept month and are in {@code now} today. */
public record SegmentMove(Segment was, Segment now, long customers) {

    /** Movement is read since last quarter: against the segments kept for the month three months before this one. */
    public static LocalDate comparedMonth(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(3);
    }

    /** The month before this one, against which the weekly alert finds customers who moved down. */
    public static LocalDate lastMonth(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(1);
    }

    /** From A to B or C, or from B to C: worth less today. */
    public boolean down() {
        return now.compareTo(was) > 0;
    }
}
