package com.followup.domain.lead;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lead dashboard's definitions, worked out by hand. */
class LeadNumbersTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final BusinessHours OFFICE = BusinessHours.officeHours(MADRID);
    private static final Instant DEADLINE = madrid("2026-12-01T10:05");

    @Test
    void the_median_and_90th_percentile_are_times_leads_really_took_by_nearest_rank() {
        // 10 leads answered in 1..10 minutes: the 5th fastest is the median, the 9th the 90th percentile
        List<Duration> times = List.of(7, 3, 10, 1, 5, 2, 9, 4, 8, 6).stream().map(m -> Duration.ofMinutes(m)).toList();

        ResponseTimes response = ResponseTimes.of(times);

        assertThat(response.answered()).isEqualTo(10);
        assertThat(response.median()).contains(Duration.ofMinutes(5));
        assertThat(response.ninetieth()).contains(Duration.ofMinutes(9));
    }

    @Test
    void with_three_leads_the_median_is_the_middle_one_and_the_90th_percentile_the_slowest() {
        ResponseTimes response = ResponseTimes.of(List.of(Duration.ofMinutes(40), Duration.ofMinutes(2), Duration.ofMinutes(3)));

        assertThat(response.median()).contains(Duration.ofMinutes(3));
        assertThat(response.ninetieth()).contains(Duration.ofMinutes(40));
    }

    @Test
    void one_lead_is_its_own_median_and_none_is_no_data() {
        assertThat(ResponseTimes.of(List.of(Duration.ofSeconds(30))).medianMinutes()).contains(1L);
        assertThat(ResponseTimes.of(List.of()).median()).isEmpty();
        assertThat(ResponseTimes.of(List.of()).ninetiethMinutes()).isEmpty();
    }

    @Test
    void a_lead_that_came_at_night_and_was_called_at_nine_past_nine_waited_nine_minutes() {
        assertThat(ResponseTimes.firstResponse(madrid("2026-12-01T23:30"), madrid("2026-12-02T09:09"), OFFICE))
                .isEqualTo(Duration.ofMinutes(9));
    }

    @Test
    void a_lead_from_friday_evening_answered_on_monday_waited_only_the_working_minutes() {
        // Friday 4 December 17:50 to Monday 7 December 09:20: 10 minutes on Friday and 20 on Monday
        assertThat(ResponseTimes.firstResponse(madrid("2026-12-04T17:50"), madrid("2026-12-07T09:20"), OFFICE))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void a_deadline_is_met_by_a_touch_no_later_than_it_and_missed_after_it() {
        Instant now = madrid("2026-12-01T12:00");
        assertThat(DeadlineOutcome.of(DEADLINE, DEADLINE, LeadStatus.ATTEMPTING, now)).isEqualTo(DeadlineOutcome.MET);
        assertThat(DeadlineOutcome.of(DEADLINE, DEADLINE.plusSeconds(1), LeadStatus.CONNECTED, now)).isEqualTo(DeadlineOutcome.MISSED);
    }

    @Test
    void an_untouched_lead_is_pending_until_its_deadline_and_missed_after_it() {
        assertThat(DeadlineOutcome.of(DEADLINE, null, LeadStatus.NEW, DEADLINE)).isEqualTo(DeadlineOutcome.PENDING);
        assertThat(DeadlineOutcome.of(DEADLINE, null, LeadStatus.NEW, DEADLINE.plusSeconds(1))).isEqualTo(DeadlineOutcome.MISSED);
    }

    @Test
    void a_lead_closed_without_a_touch_counts_neither_way() {
        DeadlineOutcome outcome = DeadlineOutcome.of(DEADLINE, null, LeadStatus.DISQUALIFIED, DEADLINE.plusSeconds(3600));
        assertThat(outcome).isEqualTo(DeadlineOutcome.NONE);
        assertThat(outcome.decided()).isFalse();
    }

    @Test
    void a_lead_got_as_far_as_its_furthest_step() {
        assertThat(FunnelStep.of(false, false, false, false)).isEqualTo(FunnelStep.NEW);
        assertThat(FunnelStep.of(true, false, false, false)).isEqualTo(FunnelStep.CONNECTED);
        assertThat(FunnelStep.of(true, true, false, false)).isEqualTo(FunnelStep.MEETING_BOOKED);
        assertThat(FunnelStep.of(true, false, true, false)).isEqualTo(FunnelStep.QUALIFIED);
        assertThat(FunnelStep.of(true, true, true, true)).isEqualTo(FunnelStep.WON);
    }

    @Test
    void a_person_stopped_because_sales_disqualified_them_or_because_they_are_still_being_worked() {
        assertThat(FunnelStep.Stop.of(FunnelStep.CONNECTED, LeadStatus.DISQUALIFIED, DisqualifyReason.NO_BUDGET))
                .isEqualTo(FunnelStep.Stop.NO_BUDGET);
        assertThat(FunnelStep.Stop.of(FunnelStep.NEW, LeadStatus.ATTEMPTING, null)).isEqualTo(FunnelStep.Stop.STILL_OPEN);
        assertThat(FunnelStep.Stop.of(FunnelStep.QUALIFIED, LeadStatus.QUALIFIED, null)).isEqualTo(FunnelStep.Stop.NOT_WON);
        assertThat(FunnelStep.Stop.of(FunnelStep.WON, LeadStatus.QUALIFIED, null)).isNull();
    }

    @Test
    void the_funnel_counts_each_person_at_every_step_up_to_their_furthest() {
        LocalDate first = LocalDate.of(2026, 11, 23);
        LocalDate second = LocalDate.of(2026, 11, 30);
        // week 1: 4 people never reached, 3 connected then disqualified for no budget, 2 won, 1 qualified not won yet
        // week 2: 5 people with a meeting booked still open
        LeadFunnel funnel = LeadFunnel.of(List.of(
                new LeadFigures.FunnelCount(first, FunnelStep.NEW, FunnelStep.Stop.STILL_OPEN, 4),
                new LeadFigures.FunnelCount(first, FunnelStep.CONNECTED, FunnelStep.Stop.NO_BUDGET, 3),
                new LeadFigures.FunnelCount(first, FunnelStep.WON, null, 2),
                new LeadFigures.FunnelCount(first, FunnelStep.QUALIFIED, FunnelStep.Stop.NOT_WON, 1),
                new LeadFigures.FunnelCount(second, FunnelStep.MEETING_BOOKED, FunnelStep.Stop.STILL_OPEN, 5)));

        LeadFunnel.Week week1 = funnel.weeks().get(0);
        assertThat(week1.week()).isEqualTo(first);
        assertThat(List.of(week1.reached(FunnelStep.NEW), week1.reached(FunnelStep.CONNECTED),
                week1.reached(FunnelStep.MEETING_BOOKED), week1.reached(FunnelStep.QUALIFIED), week1.reached(FunnelStep.WON)))
                .containsExactly(10L, 6L, 3L, 3L, 2L);
        assertThat(week1.droppedAt(FunnelStep.NEW)).isEqualTo(4);
        assertThat(week1.droppedAt(FunnelStep.CONNECTED)).isEqualTo(3);
        assertThat(week1.stoppedAt(FunnelStep.CONNECTED)).containsEntry(FunnelStep.Stop.NO_BUDGET, 3L);
        assertThat(week1.percentToNext(FunnelStep.NEW)).isEqualTo(60);
        assertThat(week1.percentToNext(FunnelStep.WON)).isNull();

        assertThat(funnel.total().reached(FunnelStep.NEW)).isEqualTo(15);
        assertThat(funnel.total().reached(FunnelStep.MEETING_BOOKED)).isEqualTo(8);
        assertThat(funnel.total().droppedAt(FunnelStep.MEETING_BOOKED)).isEqualTo(5);
    }

    private static Instant madrid(String local) {
        return LocalDateTime.parse(local).atZone(MADRID).toInstant();
    }
}
