package com.followup.domain.dashboard;

import com.followup.domain.dashboard.SalesRunningTotal.DailySales;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The month's sales added up day by day, against the goal and beside last month to the same day, worked by hand. */
class SalesRunningTotalTest {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final LocalDate NOVEMBER_4 = LocalDate.of(2026, 11, 4);
    static final DateRange NOVEMBER = DateRange.monthOf(NOVEMBER_4, ZONE);

    static final List<DailySales> SALES = List.of(
            sale(2026, 10, 1, "MXN", 1, "100"),
            sale(2026, 10, 3, "MXN", 2, "250"),
            sale(2026, 10, 5, "MXN", 1, "9000"),
            sale(2026, 11, 2, "MXN", 1, "1000"),
            sale(2026, 11, 2, "USD", 1, "40"),
            sale(2026, 11, 2, null, 1, null),
            sale(2026, 11, 4, "MXN", 1, "500"));

    @Test
    void on_the_4th_four_sales_to_date_read_against_a_goal_of_30_and_the_3_of_october_1_to_4() {
        SalesRunningTotal total = SalesRunningTotal.of(NOVEMBER, NOVEMBER_4, SALES, "MXN", BigDecimal.valueOf(30),
                BigDecimal.valueOf(60000));

        assertThat(total.days()).extracting(SalesRunningTotal.Day::sales).containsExactly(0L, 3L, 3L, 4L);
        assertThat(total.days()).extracting(SalesRunningTotal.Day::lastMonthSales).containsExactly(1L, 1L, 3L, 3L);
        assertThat(total.days()).extracting(SalesRunningTotal.Day::salesGoalToDate).map(BigDecimal::intValue)
                .containsExactly(1, 2, 3, 4);
        SalesRunningTotal.Day fourth = total.latest();
        assertThat(fourth.day()).isEqualTo(NOVEMBER_4);
        assertThat(fourth.lastMonthDay()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(fourth.amount("MXN")).isEqualByComparingTo("1500");
        assertThat(fourth.amount("USD")).isEqualByComparingTo("40");
        assertThat(fourth.lastMonthAmount("MXN")).isEqualByComparingTo("350");
        assertThat(fourth.amountGoalToDate()).isEqualByComparingTo("8000");
        assertThat(total.days().get(0).amount("MXN")).isEqualByComparingTo("0");
        assertThat(total.salesPercentOfGoal()).isEqualByComparingTo("13");
        assertThat(total.amountPercentOfGoal()).isEqualByComparingTo("2.5");
        assertThat(total.currencies()).containsExactly("MXN", "USD");
    }

    @Test
    void a_sale_without_an_amount_counts_as_a_sale_and_adds_no_money() {
        SalesRunningTotal total = SalesRunningTotal.of(NOVEMBER, NOVEMBER_4,
                List.of(sale(2026, 11, 3, null, 2, null)), "MXN", null, null);

        assertThat(total.latest().sales()).isEqualTo(2);
        assertThat(total.latest().amounts()).isEmpty();
        assertThat(total.currencies()).containsExactly("MXN");
        assertThat(total.salesPercentOfGoal()).isNull();
        assertThat(total.latest().salesGoalToDate()).isNull();
    }

    @Test
    void a_month_gone_by_is_added_up_to_its_last_day_and_its_31st_reads_beside_february_28() {
        DateRange march = DateRange.monthOf(LocalDate.of(2027, 3, 1), ZONE);
        SalesRunningTotal total = SalesRunningTotal.of(march, LocalDate.of(2027, 4, 10), List.of(
                sale(2027, 2, 28, "MXN", 1, "70"), sale(2027, 3, 31, "MXN", 1, "30")), "MXN", BigDecimal.valueOf(31), null);

        assertThat(total.days()).hasSize(31);
        assertThat(total.through()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(total.days().get(27).lastMonthSales()).isEqualTo(1);
        assertThat(total.latest().lastMonthDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(total.latest().lastMonthSales()).isEqualTo(1);
        assertThat(total.latest().sales()).isEqualTo(1);
        assertThat(total.latest().salesGoalToDate()).isEqualByComparingTo("31");
    }

    @Test
    void the_month_shown_is_that_of_the_period_s_last_day_or_of_today_when_the_period_ends_later() {
        DateRange quarter = DateRange.quarterOf(NOVEMBER_4, ZONE);
        DateRange october = DateRange.monthOf(LocalDate.of(2026, 10, 1), ZONE);

        assertThat(SalesRunningTotal.monthShown(quarter, NOVEMBER_4)).isEqualTo(NOVEMBER);
        assertThat(SalesRunningTotal.monthShown(october, NOVEMBER_4)).isEqualTo(october);
        assertThat(SalesRunningTotal.daysRead(NOVEMBER, NOVEMBER_4))
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 5), ZONE));
    }

    private static DailySales sale(int year, int month, int day, String currency, long sales, String amount) {
        return new DailySales(LocalDate.of(year, month, day), currency, sales, amount == null ? null : new BigDecimal(amount));
    }
}
