package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.followup.domain.portfolio.CustomerMother.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AbcTest {

    /** Revenue 50, 30, 10, 5, 5 and 0 of a total of 100. */
    private final List<CustomerFigures> portfolio = List.of(
            customer(1).revenue("50").margin("5").figures(), customer(2).revenue("30").margin("20").figures(),
            customer(3).revenue("10").margin("10").figures(), customer(4).revenue("5").margin("1").figures(),
            customer(5).revenue("5").margin("4").figures(), customer(6).figures());

    @Test
    void a_customers_make_the_first_80_percent_b_the_next_15_and_c_the_rest() {
        // before each: 0 % and 50 % are under 80 (A); 80 % and 90 % are under 95 (B); 95 % is not (C)
        Map<Long, Abc.Result> segments = Abc.USUAL.classify(portfolio);

        assertThat(List.of(1L, 2L, 3L, 4L, 5L, 6L)).map(id -> segments.get(id).segment())
                .containsExactly(Segment.A, Segment.A, Segment.B, Segment.B, Segment.C, Segment.C);
        assertThat(segments.get(3L).factors()).contains(Factor.of("portfolio.factor.abc.share", "10.0"),
                Factor.of("portfolio.factor.abc.before", "80.0", 80, 95));
    }

    @Test
    void directors_may_segment_by_margin_and_move_the_thresholds() {
        // margins 20, 10, 5, 4, 1 of 40; with 50/30: before 0 % is A, 50 % and 75 % are B, 87.5 % and 97.5 % are C
        Map<Long, Abc.Result> segments = new Abc(50, 30, Abc.Basis.MARGIN).classify(portfolio);

        assertThat(List.of(2L, 3L, 1L, 5L, 4L)).map(id -> segments.get(id).segment())
                .containsExactly(Segment.A, Segment.B, Segment.B, Segment.C, Segment.C);
    }

    @Test
    void thresholds_that_add_up_to_more_than_everything_are_refused() {
        assertThatThrownBy(() -> new Abc(90, 15, Abc.Basis.REVENUE)).isInstanceOf(IllegalArgumentException.class);
    }
}
