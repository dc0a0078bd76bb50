package com.followup.domain.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuresTest {

    @ParameterizedTest
    @CsvSource({"-5,CURRENT", "0,CURRENT", "1,DAYS_1_30", "30,DAYS_1_30", "31,DAYS_31_60", "60,DAYS_31_60",
            "61,DAYS_61_90", "90,DAYS_61_90", "91,OVER_90"})
    void receivables_age_by_days_past_due(long days, AgeingBucket bucket) {
        assertThat(AgeingBucket.forDaysPastDue(days)).isEqualTo(bucket);
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
