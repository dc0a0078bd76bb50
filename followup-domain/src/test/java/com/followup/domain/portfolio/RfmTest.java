package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.followup.domain.portfolio.CustomerMother.TODAY;
import static com.followup.domain.portfolio.CustomerMother.customer;
import static org.assertj.core.api.Assertions.assertThat;

class RfmTest {

    @Test
    void five_customers_in_a_row_score_five_to_one_where_five_is_best() {
        // last order 1, 10, 30, 100 and 400 days ago; orders 12, 6, 4, 2 and 0 in 12 months; revenue likewise falling
        List<CustomerFigures> customers = List.of(
                customer(1).orderedDaysAgo(700, 1).orders(12).revenue("5000").figures(),
                customer(2).orderedDaysAgo(700, 10).orders(6).revenue("3000").figures(),
                customer(3).orderedDaysAgo(700, 30).orders(4).revenue("1000").figures(),
                customer(4).orderedDaysAgo(700, 100).orders(2).revenue("500").figures(),
                customer(5).orderedDaysAgo(700, 400).orders(0).revenue("0").figures());

        Map<Long, Rfm.Result> scores = Rfm.score(customers, TODAY);

        assertThat(List.of(1L, 2L, 3L, 4L, 5L)).map(id -> List.of(scores.get(id).recency(), scores.get(id).frequency(),
                scores.get(id).money())).containsExactly(List.of(5, 5, 5), List.of(4, 4, 4), List.of(3, 3, 3),
                List.of(2, 2, 2), List.of(1, 1, 1));
        assertThat(List.of(1L, 2L, 3L, 4L, 5L)).map(id -> scores.get(id).group()).containsExactly(RfmGroup.CHAMPIONS,
                RfmGroup.CHAMPIONS, RfmGroup.LOYAL, RfmGroup.HIBERNATING, RfmGroup.HIBERNATING);
    }

    @Test
    void equal_values_share_the_score_of_the_first_of_them_and_a_customer_who_never_ordered_has_none() {
        // frequencies 1, 3, 3, 8 of four: places 0, 1, 1, 3, scores 1 + 5 × place / 4 = 1, 2, 2, 4
        List<CustomerFigures> customers = List.of(
                customer(1).orderedDaysAgo(300, 5).orders(1).figures(), customer(2).orderedDaysAgo(300, 5).orders(3).figures(),
                customer(3).orderedDaysAgo(300, 5).orders(3).figures(), customer(4).orderedDaysAgo(300, 5).orders(8).figures(),
                customer(5).figures());

        Map<Long, Rfm.Result> scores = Rfm.score(customers, TODAY);

        assertThat(List.of(1L, 2L, 3L, 4L)).map(id -> scores.get(id).frequency()).containsExactly(1, 2, 2, 4);
        assertThat(scores.get(1L).recency()).isEqualTo(1);
        assertThat(scores).doesNotContainKey(5L);
    }

    @Test
    void groups_read_recency_frequency_and_money_as_people_name_them() {
        assertThat(Rfm.group(5, 1, 1, true)).isEqualTo(RfmGroup.NEW);
        assertThat(Rfm.group(4, 4, 1, false)).isEqualTo(RfmGroup.CHAMPIONS);
        assertThat(Rfm.group(3, 3, 3, false)).isEqualTo(RfmGroup.LOYAL);
        assertThat(Rfm.group(5, 1, 1, false)).isEqualTo(RfmGroup.NEEDS_ATTENTION);
        assertThat(Rfm.group(2, 5, 5, false)).isEqualTo(RfmGroup.CANT_LOSE);
        assertThat(Rfm.group(2, 3, 1, false)).isEqualTo(RfmGroup.AT_RISK);
        assertThat(Rfm.group(1, 2, 5, false)).isEqualTo(RfmGroup.HIBERNATING);
    }

    @Test
    void a_customer_whose_first_order_is_within_90_days_is_new() {
        Map<Long, Rfm.Result> scores = Rfm.score(List.of(customer(1).orderedDaysAgo(89, 3).orders(2).figures(),
                customer(2).orderedDaysAgo(90, 3).orders(2).figures()), TODAY);

        assertThat(scores.get(1L).group()).isEqualTo(RfmGroup.NEW);
        assertThat(scores.get(2L).group()).isNotEqualTo(RfmGroup.NEW);
    }
}
