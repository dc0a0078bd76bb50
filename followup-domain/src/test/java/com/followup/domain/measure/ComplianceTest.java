package com.followup.domain.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplianceTest {

    @Test
    void follow_ups_still_overdue_count_against_the_rate() {
        Compliance week = new Compliance(8, 1, 1);

        assertThat(week.fellDue()).isEqualTo(10);
        assertThat(week.onTimeRate().percent()).contains(80);
    }

    @Test
    void an_area_under_eighty_percent_on_time_is_behind_and_one_without_data_is_not() {
        assertThat(new Compliance(8, 2, 0).behind()).isFalse();
        assertThat(new Compliance(79, 21, 0).behind()).isTrue();
        assertThat(new Compliance(0, 0, 0).behind()).isFalse();
    }

    @Test
    void leaving_work_undone_never_improves_the_rate() {
        Compliance doneLate = new Compliance(8, 2, 0);
        Compliance leftUndone = new Compliance(8, 0, 2);

        assertThat(leftUndone.onTimeRate().percent()).isEqualTo(doneLate.onTimeRate().percent());
    }

    @Test
    void nothing_due_is_no_data_and_rates_add_up_across_people() {
        assertThat(new Compliance(0, 0, 0).onTimeRate().percent()).isEmpty();
        assertThat(new Compliance(3, 1, 0).plus(new Compliance(1, 0, 3)).onTimeRate().percent()).contains(50);
    }
}
