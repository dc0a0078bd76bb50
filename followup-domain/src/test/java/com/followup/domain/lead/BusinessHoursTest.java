package com.followup.domain.lead;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines worked out by hand on a calendar: nine to six, Monday to Friday, unless a test says otherwise. */
class BusinessHoursTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final BusinessHours OFFICE = BusinessHours.officeHours(MADRID);
    /** Every day from one to five in the morning: the hours in which Madrid changes its clocks. */
    private static final BusinessHours NIGHT_SHIFT = new BusinessHours(MADRID, LocalTime.of(1, 0), LocalTime.of(5, 0),
            EnumSet.allOf(DayOfWeek.class));

    @Test
    void a_hot_lead_in_working_hours_is_due_five_minutes_later() {
        assertThat(OFFICE.deadline(madrid("2026-12-01T10:00"), Duration.ofMinutes(5))).isEqualTo(madrid("2026-12-01T10:05"));
    }

    @Test
    void a_lead_that_arrives_at_night_starts_its_clock_when_the_working_day_does() {
        assertThat(OFFICE.deadline(madrid("2026-12-01T23:30"), Duration.ofHours(2))).isEqualTo(madrid("2026-12-02T11:00"));
        assertThat(OFFICE.deadline(madrid("2026-12-02T06:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-12-02T11:00"));
    }

    @Test
    void a_lead_one_minute_before_closing_has_one_minute_today_and_the_rest_tomorrow() {
        assertThat(OFFICE.deadline(madrid("2026-12-01T17:59"), Duration.ofMinutes(5))).isEqualTo(madrid("2026-12-02T09:04"));
    }

    @Test
    void a_lead_at_closing_time_starts_at_the_next_opening() {
        assertThat(OFFICE.deadline(madrid("2026-12-01T18:00"), Duration.ofMinutes(5))).isEqualTo(madrid("2026-12-02T09:05"));
    }

    @Test
    void the_weekend_does_not_count() {
        // Friday 17:00 + 24 h: 1 h on Friday, 9 on Monday, 9 on Tuesday, 5 on Wednesday
        assertThat(OFFICE.deadline(madrid("2026-12-04T17:00"), Duration.ofHours(24))).isEqualTo(madrid("2026-12-09T14:00"));
        assertThat(OFFICE.deadline(madrid("2026-12-05T10:00"), Duration.ofMinutes(5))).isEqualTo(madrid("2026-12-07T09:05"));
    }

    @Test
    void a_working_day_that_loses_an_hour_to_summer_time_counts_three_hours_from_one_to_five() {
        // 29 March 2026: 02:00 CET becomes 03:00 CEST; 01:00 CET is 00:00 UTC, two hours later is 04:00 CEST
        assertThat(NIGHT_SHIFT.deadline(madrid("2026-03-29T01:00"), Duration.ofHours(2))).isEqualTo(madrid("2026-03-29T04:00"));
        // from 01:30 there are 2.5 hours that day; the other 1.5 go to the next day from 01:00
        assertThat(NIGHT_SHIFT.deadline(madrid("2026-03-29T01:30"), Duration.ofHours(4))).isEqualTo(madrid("2026-03-30T02:30"));
    }

    @Test
    void a_working_day_that_gains_an_hour_when_summer_time_ends_counts_five_hours_from_one_to_five() {
        // 25 October 2026: 03:00 CEST becomes 02:00 CET; 01:00 CEST is 23:00 UTC, four hours later is 04:00 CET
        assertThat(NIGHT_SHIFT.deadline(madrid("2026-10-25T01:00"), Duration.ofHours(4))).isEqualTo(madrid("2026-10-25T04:00"));
        assertThat(NIGHT_SHIFT.between(madrid("2026-10-25T01:00"), madrid("2026-10-26T00:00"))).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void office_hours_over_a_daylight_saving_weekend_keep_their_local_times() {
        BusinessHours newYork = BusinessHours.officeHours(ZoneId.of("America/New_York"));
        Instant fridayEvening = LocalDateTime.parse("2026-03-06T17:30").atZone(newYork.zone()).toInstant();
        assertThat(newYork.deadline(fridayEvening, Duration.ofHours(2)))
                .isEqualTo(LocalDateTime.parse("2026-03-09T10:30").atZone(newYork.zone()).toInstant());
    }

    @Test
    void time_waited_leaves_out_nights_and_weekends() {
        assertThat(OFFICE.between(madrid("2026-12-04T17:00"), madrid("2026-12-07T09:30"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(OFFICE.between(madrid("2026-12-05T10:00"), madrid("2026-12-06T10:00"))).isEqualTo(Duration.ZERO);
    }

    private static Instant madrid(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }
}
