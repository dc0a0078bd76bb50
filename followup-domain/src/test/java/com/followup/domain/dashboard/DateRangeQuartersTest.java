package com.followup.domain.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Quarters and years as periods of the company's zone, both ends the calendar's. */
class DateRangeQuartersTest {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");

    @Test
    void a_quarter_is_three_calendar_months_and_last_quarter_crosses_the_year() {
        DateRange fourth = DateRange.quarterOf(LocalDate.of(2026, 11, 30), ZONE);
        assertThat(fourth.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(fourth.last()).isEqualTo(LocalDate.of(2026, 12, 31));

        DateRange before = DateRange.quarterOf(LocalDate.of(2027, 2, 14).minusMonths(3), ZONE);
        assertThat(before.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(DateRange.quarterOf(LocalDate.of(2026, 4, 1), ZONE).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DateRange.quarterOf(LocalDate.of(2026, 3, 31), ZONE).last()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void a_year_is_january_to_december_even_in_a_leap_year() {
        DateRange leap = DateRange.yearOf(LocalDate.of(2028, 6, 1), ZONE);
        assertThat(leap.from()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(leap.last()).isEqualTo(LocalDate.of(2028, 12, 31));
    }
}
