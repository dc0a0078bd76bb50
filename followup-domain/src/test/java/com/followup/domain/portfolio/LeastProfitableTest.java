package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.followup.domain.portfolio.CustomerMother.customer;
import static org.assertj.core.api.Assertions.assertThat;

class LeastProfitableTest {

    private final LeastProfitable costs = new LeastProfitable(Map.of(ServiceChannel.CALL, new BigDecimal("50"),
            ServiceChannel.VISIT, new BigDecimal("100")));

    /** Ten customers by call, two orders each: margins 1000, 900 ... 100, so after 100 of service 900 ... 0. */
    private List<CustomerFigures> tenByCall() {
        List<CustomerFigures> customers = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            customers.add(customer(i).revenue("2000").margin(String.valueOf(1100 - 100 * i)).orders(2).figures());
        }
        return customers;
    }

    @Test
    void the_lowest_tenth_after_the_cost_of_serving_them_is_least_profitable() {
        Map<Long, LeastProfitable.Result> judged = costs.judge(tenByCall());

        assertThat(judged.get(10L).leastProfitable()).isTrue();
        assertThat(judged.get(10L).marginAfterService()).isEqualByComparingTo("0");
        assertThat(judged.get(9L).leastProfitable()).isFalse();
        assertThat(judged.get(9L).marginAfterService()).isEqualByComparingTo("100");
    }

    @Test
    void a_customer_whose_visits_cost_more_than_their_margin_is_least_profitable_and_one_without_cost_is_not_judged() {
        List<CustomerFigures> customers = new ArrayList<>(tenByCall());
        // 500 of margin, 6 visits of 100: 100 lost
        customers.add(customer(11).revenue("3000").margin("500").orders(6).channel(ServiceChannel.VISIT).figures());
        customers.add(customer(12).revenue("3000").orders(6).figures());

        Map<Long, LeastProfitable.Result> judged = costs.judge(customers);

        assertThat(judged.get(11L).marginAfterService()).isEqualByComparingTo("-100");
        assertThat(judged.get(11L).leastProfitable()).isTrue();
        // eleven judged: one is the lowest tenth, and it is customer 11, so customer 10 (0 left) is spared
        assertThat(judged.get(10L).leastProfitable()).isFalse();
        assertThat(judged).doesNotContainKey(12L);
    }
}
