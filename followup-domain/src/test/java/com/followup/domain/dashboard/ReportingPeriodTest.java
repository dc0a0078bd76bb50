package com.followup.domain.dashboard;

import com.followup.domain.kpi.KpiPeriod;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ReportingPeriodTest {

    static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void a_week_runs_monday_to_sunday_in_the_company_zone() {
        ReportingPeriod week = ReportingPeriod.containing(KpiPeriod.WEEK, LocalDate.parse("2026-11-22"), MEXICO);

        assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-16T06:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    }

    @Test
    void a_late_sunday_evening_in_mexico_still_belongs_to_that_week_though_it_is_monday_in_utc() {
        Instant sundayNight = Instant.parse("2026-11-23T04:30:00Z");

        ReportingPeriod week = ReportingPeriod.containing(KpiPeriod.WEEK, sundayNight, MEXICO);

        assertThat(week.firstDay()).isEqualTo(LocalDate.parse("2026-11-16"));
        assertThat(week.contains(sundayNight)).isTrue();
        assertThat(week.contains(week.end())).isFalse();
    }

    @Test
    void a_month_with_a_daylight_saving_change_is_an_hour_short() {
        ReportingPeriod march = ReportingPeriod.containing(KpiPeriod.MONTH, LocalDate.parse("2026-03-10"), MADRID);

        assertThat(Duration.between(march.start(), march.end())).isEqualTo(Duration.ofDays(31).minusHours(1));
        assertThat(march.previous().firstDay()).isEqualTo(LocalDate.parse("2026-02-01"));
    }

    @Test
    void the_trend_covers_the_last_thirteen_weeks_oldest_first() {
        ReportingPeriod week = ReportingPeriod.containing(KpiPeriod.WEEK, LocalDate.parse("2026-11-22"), MEXICO);

        var trend = week.lastPeriods(13);

        assertThat(trend).hasSize(13);
        assertThat(trend.get(12)).isEqualTo(week);
        assertThat(trend.get(0).firstDay()).isEqualTo(LocalDate.parse("2026-08-24"));
    }
}
