package com.followup.domain.portfolio;

import java.time.LocalDate;

/**
 * The days every score looks at, counted back from {@code today} (included): the last 12 months, the last 3 months
 * and the same 3 months a year before, and the last 90 days of follow-ups. An order is a customer's buying on one day.
 */
public record ScoringPeriod(LocalDate today) {

    public LocalDate yearStart() {
        return today.minusMonths(12).plusDays(1);
    }

    public LocalDate quarterStart() {
        return today.minusMonths(3).plusDays(1);
    }

    public LocalDate quarterYearBeforeStart() {
        return quarterStart().minusYears(1);
    }

    public LocalDate quarterYearBeforeEnd() {
        return today.minusYears(1);
    }

    public LocalDate followUpsSince() {
        return today.minusDays(89);
    }

    /** A customer is new while their first order is this recent. */
    public LocalDate newSince() {
        return today.minusDays(89);
    }
}
