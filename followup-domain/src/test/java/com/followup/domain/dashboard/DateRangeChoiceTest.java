package com.followup.domain.dashboard;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangeChoiceTest {

    private static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void a_typed_range_of_two_years_at_most_is_taken_with_both_days() {
        DateRange range = DateRange.chosenOrMonth(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 17), TODAY, ZONE);

        assertThat(range.from()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(range.last()).isEqualTo(LocalDate.of(2026, 11, 17));
    }

    @Test
    void a_year_no_database_timestamp_reaches_gives_this_month_instead() {
        LocalDate farAway = LocalDate.of(300_000, 1, 1);

        assertThat(DateRange.takes(farAway, farAway)).isFalse();
        assertThat(DateRange.takes(LocalDate.of(-5, 1, 1), LocalDate.of(-5, 1, 2))).isFalse();
        assertThat(DateRange.chosenOrMonth(farAway, farAway, TODAY, ZONE)).isEqualTo(DateRange.monthOf(TODAY, ZONE));
    }

    @Test
    void a_range_backwards_or_longer_than_two_years_gives_this_month() {
        assertThat(DateRange.takes(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 3))).isFalse();
        assertThat(DateRange.takes(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(DateRange.takes(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1))).isTrue();
    }
}
