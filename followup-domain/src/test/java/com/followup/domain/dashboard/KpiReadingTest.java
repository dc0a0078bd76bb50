package com.followup.domain.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A KPI beside the discipline of the rules that move it, read in one line. */
class KpiReadingTest {

    static final Compliance ON_TIME = new Compliance(9, 1, 0);
    static final Compliance BEHIND = new Compliance(5, 3, 2);

    @Test
    void a_goal_met_keeps_going_whatever_the_follow_ups() {
        assertThat(KpiReading.of(true, BEHIND)).contains(KpiReading.KEEP_GOING);
        assertThat(KpiReading.of(true, null)).contains(KpiReading.KEEP_GOING);
    }

    @Test
    void a_goal_missed_with_follow_ups_on_time_says_the_rule_may_be_wrong() {
        assertThat(KpiReading.of(false, ON_TIME)).contains(KpiReading.RULE_MAY_BE_WRONG);
    }

    @Test
    void a_goal_missed_with_follow_ups_behind_says_the_follow_up_is_not_being_done() {
        assertThat(KpiReading.of(false, BEHIND)).contains(KpiReading.FOLLOW_UP_NOT_DONE);
    }

    @Test
    void without_a_value_or_without_follow_ups_due_there_is_nothing_to_read() {
        assertThat(KpiReading.of(null, ON_TIME)).isEmpty();
        assertThat(KpiReading.of(false, new Compliance(0, 0, 0))).isEmpty();
    }
}
