package com.followup.domain.rule;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FrequencyTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    static ZonedDateTime madrid(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MADRID);
    }

    @Test
    void every_day_keeps_the_local_time_across_the_spring_daylight_saving_change() {
        ZonedDateTime next = new Frequency.EveryNDays(1, false).nextDueAfter(madrid("2026-03-28T09:00"));

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T09:00"));
        assertThat(Duration.between(madrid("2026-03-28T09:00"), next)).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void every_day_keeps_the_local_time_across_the_autumn_daylight_saving_change() {
        ZonedDateTime next = new Frequency.EveryNDays(1, false).nextDueAfter(madrid("2026-10-24T09:00"));

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T09:00"));
        assertThat(Duration.between(madrid("2026-10-24T09:00"), next)).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void every_few_hours_counts_real_hours_across_the_spring_daylight_saving_change() {
        ZonedDateTime next = new Frequency.EveryNHours(4, false).nextDueAfter(madrid("2026-03-29T00:30"));

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T05:30"));
        assertThat(Duration.between(madrid("2026-03-29T00:30"), next)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void every_few_hours_counts_real_hours_across_the_autumn_daylight_saving_change() {
        ZonedDateTime next = new Frequency.EveryNHours(2, false).nextDueAfter(madrid("2026-10-25T01:30"));

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-10-25T02:30"));
        assertThat(next.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void every_few_hours_on_working_days_does_not_count_the_weekend() {
        ZonedDateTime fridayNight = madrid("2026-11-20T22:00");

        assertThat(new Frequency.EveryNHours(4, true).nextDueAfter(fridayNight).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-23T02:00"));
        assertThat(new Frequency.EveryNHours(30, true).nextDueAfter(fridayNight).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-24T04:00"));
        assertThat(new Frequency.EveryNHours(4, false).nextDueAfter(fridayNight).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-21T02:00"));
    }

    @Test
    void every_few_hours_on_working_days_starts_counting_on_monday_when_last_done_on_a_weekend() {
        assertThat(new Frequency.EveryNHours(4, true).nextDueAfter(madrid("2026-11-21T10:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-23T04:00"));
    }

    @Test
    void every_two_days_on_working_days_moves_a_weekend_due_date_to_monday() {
        ZonedDateTime thursday = madrid("2026-11-19T10:00");

        assertThat(new Frequency.EveryNDays(2, true).nextDueAfter(thursday).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-23T10:00"));
        assertThat(new Frequency.EveryNDays(2, false).nextDueAfter(thursday).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-21T10:00"));
    }

    @Test
    void weekly_is_seven_days_later_at_the_same_local_time() {
        assertThat(new Frequency.EveryNWeeks(1, false).nextDueAfter(madrid("2026-10-20T16:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-10-27T16:00"));
        assertThat(new Frequency.EveryNWeeks(2, false).nextDueAfter(madrid("2026-12-24T16:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2027-01-07T16:00"));
    }

    @Test
    void on_mondays_and_thursdays_goes_from_thursday_to_the_next_monday() {
        Frequency mondaysAndThursdays = new Frequency.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), false);

        assertThat(mondaysAndThursdays.nextDueAfter(madrid("2026-11-19T09:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-23T09:00"));
        assertThat(mondaysAndThursdays.nextDueAfter(madrid("2026-11-23T09:00")).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2026-11-26T09:00"));
    }

    @Test
    void on_weekdays_is_at_most_as_long_apart_as_the_longest_gap_between_the_chosen_days() {
        assertThat(new Frequency.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), false).approximateInterval())
                .isEqualTo(Duration.ofDays(4));
        assertThat(new Frequency.OnWeekdays(Set.of(DayOfWeek.FRIDAY), false).approximateInterval())
                .isEqualTo(Duration.ofDays(7));
    }

    @Test
    void monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() {
        Frequency monthly = new Frequency.MonthlyOnDay(31, false);

        ZonedDateTime february = monthly.nextDueAfter(madrid("2026-01-31T09:00"));
        ZonedDateTime march = monthly.nextDueAfter(february);
        ZonedDateTime april = monthly.nextDueAfter(march);

        assertThat(february.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-02-28T09:00"));
        assertThat(march.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-31T09:00"));
        assertThat(april.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-30T09:00"));
    }

    @Test
    void monthly_on_the_31st_falls_on_february_29th_in_a_leap_year() {
        Frequency monthly = new Frequency.MonthlyOnDay(31, false);

        ZonedDateTime february = monthly.nextDueAfter(madrid("2028-01-31T09:00"));

        assertThat(february.toLocalDate()).hasToString("2028-02-29");
        assertThat(monthly.nextDueAfter(february).toLocalDate()).hasToString("2028-03-31");
    }

    @Test
    void monthly_on_the_29th_reaches_february_29th_only_in_a_leap_year() {
        Frequency monthly = new Frequency.MonthlyOnDay(29, false);

        assertThat(monthly.nextDueAfter(madrid("2028-01-29T09:00")).toLocalDate()).hasToString("2028-02-29");
        assertThat(monthly.nextDueAfter(madrid("2027-01-29T09:00")).toLocalDate()).hasToString("2027-02-28");
    }

    @Test
    void monthly_later_in_the_same_month_is_due_that_month() {
        assertThat(new Frequency.MonthlyOnDay(15, false).nextDueAfter(madrid("2026-11-03T09:00")).toLocalDate())
                .hasToString("2026-11-15");
    }

    @Test
    void monthly_on_working_days_moves_a_sunday_to_monday() {
        assertThat(new Frequency.MonthlyOnDay(15, true).nextDueAfter(madrid("2026-10-20T09:00")).toLocalDate())
                .hasToString("2026-11-16");
    }

    @Test
    void mexico_city_keeps_the_local_time_month_after_month() {
        ZonedDateTime last = LocalDateTime.parse("2026-03-31T09:00").atZone(ZoneId.of("America/Mexico_City"));

        ZonedDateTime next = new Frequency.MonthlyOnDay(31, false).nextDueAfter(last);

        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-04-30T09:00"));
        assertThat(next.getZone()).isEqualTo(last.getZone());
    }

    @Test
    void each_kind_is_taken_apart_and_built_again_from_its_parts() {
        List<Frequency> oneOfEachKind = List.of(new Frequency.EveryNDays(2, true), new Frequency.EveryNWeeks(1, false),
                new Frequency.OnWeekdays(Set.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), true),
                new Frequency.MonthlyOnDay(31, false), new Frequency.EveryNHours(4, true));

        assertThat(oneOfEachKind).extracting(Frequency::kind).containsExactly(Frequency.Kind.values());
        assertThat(oneOfEachKind).allSatisfy(frequency -> assertThat(frequency.parts().toFrequency()).isEqualTo(frequency));
        assertThat(new Frequency.Parts(Frequency.Kind.EVERY_N_DAYS, null, null, null, false).toFrequency()).isNull();
        assertThat(new Frequency.Parts(null, 2, null, null, false).toFrequency()).isNull();
    }

    @Test
    void a_day_rhythm_is_on_time_until_the_due_day_ends_an_hourly_one_only_until_its_hour() {
        Instant due = madrid("2026-03-04T10:00").toInstant();
        Instant evening = madrid("2026-03-04T23:30").toInstant();

        assertThat(new Frequency.EveryNDays(1, false).isOnTime(due, evening, MADRID)).isTrue();
        assertThat(new Frequency.EveryNDays(1, false).isOnTime(due, madrid("2026-03-05T00:00").toInstant(), MADRID)).isFalse();
        assertThat(new Frequency.EveryNHours(4, false).isOnTime(due, due, MADRID)).isTrue();
        assertThat(new Frequency.EveryNHours(4, false).isOnTime(due, evening, MADRID)).isFalse();
    }
}
