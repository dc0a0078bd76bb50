package com.followup.domain.rule;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static com.followup.domain.rule.FrequencyTest.madrid;
import static org.assertj.core.api.Assertions.assertThat;

class TimeAllowedTest {

    @Test
    void two_months_from_the_31st_of_december_end_on_the_last_day_of_february() {
        assertThat(new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS).deadlineFrom(madrid("2026-12-31T10:00")).toLocalDate())
                .hasToString("2027-02-28");
        assertThat(new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS).deadlineFrom(madrid("2027-12-31T10:00")).toLocalDate())
                .hasToString("2028-02-29");
    }

    @Test
    void ten_days_keep_the_local_time_and_four_hours_are_elapsed_time() {
        assertThat(new TimeAllowed.FixedPeriod(10, PeriodUnit.DAYS).deadlineFrom(madrid("2026-03-25T10:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-04-04T10:00"));
        assertThat(new TimeAllowed.FixedPeriod(4, PeriodUnit.HOURS).deadlineFrom(madrid("2026-03-29T00:30")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-29T05:30"));
        assertThat(new TimeAllowed.FixedPeriod(15, PeriodUnit.MINUTES).deadlineFrom(madrid("2026-03-29T09:50")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-03-29T10:05"));
    }
}
