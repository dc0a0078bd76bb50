package com.followup.domain.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static com.followup.domain.rule.FrequencyTest.madrid;
import static org.assertj.core.api.Assertions.assertThat;

class TimeAllowedTest {

    @Test
    void one_month_from_january_31st_ends_on_the_last_day_of_february() {
        TimeAllowed.FixedPeriod oneMonth = new TimeAllowed.FixedPeriod(1, PeriodUnit.MONTHS);

        assertThat(oneMonth.deadlineFrom(madrid("2026-01-31T10:00")).toLocalDate()).hasToString("2026-02-28");
        assertThat(oneMonth.deadlineFrom(madrid("2028-01-31T10:00")).toLocalDate()).hasToString("2028-02-29");
    }

    @Test
    void two_months_from_january_31st_end_on_march_31st() {
        assertThat(new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS).deadlineFrom(madrid("2026-01-31T10:00")).toLocalDate())
                .hasToString("2026-03-31");
    }

    @Test
    void two_months_from_december_31st_end_on_the_last_day_of_february_leap_or_not() {
        TimeAllowed.FixedPeriod twoMonths = new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS);

        assertThat(twoMonths.deadlineFrom(madrid("2026-12-31T10:00")).toLocalDate()).hasToString("2027-02-28");
        assertThat(twoMonths.deadlineFrom(madrid("2027-12-31T10:00")).toLocalDate()).hasToString("2028-02-29");
    }

    @Test
    void days_and_weeks_keep_the_local_time_across_a_daylight_saving_change() {
        assertThat(new TimeAllowed.FixedPeriod(10, PeriodUnit.DAYS).deadlineFrom(madrid("2026-03-25T10:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-04-04T10:00"));
        assertThat(new TimeAllowed.FixedPeriod(1, PeriodUnit.WEEKS).deadlineFrom(madrid("2026-10-20T10:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-27T10:00"));
    }

    @Test
    void hours_and_minutes_are_elapsed_time() {
        assertThat(new TimeAllowed.FixedPeriod(4, PeriodUnit.HOURS).deadlineFrom(madrid("2026-03-29T00:30")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-29T05:30"));
        assertThat(new TimeAllowed.FixedPeriod(15, PeriodUnit.MINUTES).deadlineFrom(madrid("2026-03-29T09:50")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-29T10:05"));
    }
}
