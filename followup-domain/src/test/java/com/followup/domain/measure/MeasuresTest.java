package com.followup.domain.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @ParameterizedTest
    @CsvSource({"-5,CURRENT", "0,CURRENT", "1,DAYS_1_30", "30,DAYS_1_30", "31,DAYS_31_60", "60,DAYS_31_60",
            "61,DAYS_61_90", "90,DAYS_61_90", "91,OVER_90"})
    void receivables_age_by_days_past_due(long days, AgeingBucket bucket) {
        assertThat(AgeingBucket.forDaysPastDue(days)).isEqualTo(bucket);
    }

    @Test
    void an_invoice_is_aged_in_whole_days_of_the_company_zone_so_one_due_this_morning_is_current() {
        ZoneId mexico = ZoneId.of("America/Mexico_City");
        LocalDate today = LocalDate.of(2026, 11, 5);

        assertThat(AgeingBucket.forDeadline(today.atTime(8, 0).atZone(mexico).toInstant(), today, mexico))
                .isEqualTo(AgeingBucket.CURRENT);
        assertThat(AgeingBucket.forDeadline(today.minusDays(1).atTime(23, 59).atZone(mexico).toInstant(), today, mexico))
                .isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(AgeingBucket.forDeadline(null, today, mexico)).isEqualTo(AgeingBucket.CURRENT);
    }

    @Test
    void the_boundaries_given_to_storage_sort_every_deadline_into_the_same_bucket() {
        ZoneId mexico = ZoneId.of("America/Mexico_City");
        LocalDate today = LocalDate.of(2026, 11, 5);
        List<Instant> starts = AgeingBucket.deadlineStarts(today, mexico);

        for (int hoursAgo = -48; hoursAgo < 24 * 100; hoursAgo += 7) {
            Instant deadline = today.atTime(12, 0).atZone(mexico).toInstant().minus(Duration.ofHours(hoursAgo));
            int reached = (int) starts.stream().filter(start -> !deadline.isBefore(start)).count();
            assertThat(AgeingBucket.numberedFromOldest(reached)).as(deadline.toString())
                    .isEqualTo(AgeingBucket.forDeadline(deadline, today, mexico));
        }
        assertThat(AgeingBucket.pastDueBefore(today, mexico)).isEqualTo(today.atStartOfDay(mexico).toInstant());
    }

    @Test
    void progress_compares_with_the_target_and_the_period_before() {
        GoalProgress november = new GoalProgress(new BigDecimal("15"), new BigDecimal("20"), new BigDecimal("12"));

        assertThat(november.onTarget()).isFalse();
        assertThat(november.percentOfTarget()).contains(new BigDecimal("75"));
        assertThat(november.changeFromLastPeriod()).contains(new BigDecimal("25"));
    }

    @Test
    void a_zero_target_or_an_empty_last_period_gives_no_percentage() {
        GoalProgress first = new GoalProgress(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);

        assertThat(first.percentOfTarget()).isEmpty();
        assertThat(first.changeFromLastPeriod()).isEmpty();
        assertThat(first.onTarget()).isTrue();
    }
}
