package com.followup.domain.kpi;

import com.followup.domain.Violation;
import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KpiTest {

    @Test
    void a_new_kpi_has_no_id_until_it_is_stored() {
        Kpi newSales = Kpi.define(Area.SALES, " New sales ", "sales", BigDecimal.TEN, KpiPeriod.MONTH);

        assertThat(newSales.id()).isNull();
        assertThat(newSales.name()).isEqualTo("New sales");
    }

    @Test
    void a_target_of_zero_is_allowed_but_not_below() {
        assertThat(Kpi.define(Area.OPERATIONS, "Late deliveries", "%", BigDecimal.ZERO, KpiPeriod.WEEK).target()).isZero();
        assertThatThrownBy(() -> Kpi.define(Area.ADMINISTRATION, "Collected", "MXN", new BigDecimal("-1"), KpiPeriod.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_computed_kpi_measures_something_of_its_own_area_and_knows_which_way_is_better() {
        Kpi late = Kpi.computed(Area.OPERATIONS, Metric.LATE_DELIVERIES, "Late", "deliveries",
                BigDecimal.valueOf(3), KpiPeriod.MONTH);
        Kpi sales = Kpi.computed(Area.SALES, Metric.NEW_SALES, "Sales", "sales",
                BigDecimal.TEN, KpiPeriod.MONTH);

        assertThat(late.meets(BigDecimal.valueOf(2), late.target())).isTrue();
        assertThat(late.meets(BigDecimal.valueOf(4), late.target())).isFalse();
        assertThat(sales.meets(BigDecimal.valueOf(10), sales.target())).isTrue();
        assertThat(Metric.of(Area.ADMINISTRATION))
                .contains(Metric.AMOUNT_COLLECTED, Metric.FOLLOW_UP_ON_TIME_RATE).doesNotContain(Metric.NEW_SALES);
        assertThatThrownBy(() -> Kpi.computed(Area.SALES,
                Metric.AMOUNT_COLLECTED, "Collected", "MXN", BigDecimal.ONE, KpiPeriod.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_kpi_as_typed_says_everything_wrong_with_it_at_once() {
        List<Violation> violations = Kpi.validate(new KpiDraft(Area.SALES, " ", "x".repeat(41), "1.005",
                null, Metric.ON_TIME_IN_FULL));

        assertThat(violations).extracting(Violation::field).containsExactly("name", "unit", "target", "period", "metric");
    }

    @Test
    void a_valid_draft_becomes_the_kpi_with_its_target_read_exactly() {
        KpiDraft draft = new KpiDraft(Area.SALES, "Calls", "calls", "1,250.5", KpiPeriod.WEEK, null);

        assertThat(Kpi.validate(draft)).isEmpty();
        assertThat(Kpi.of(draft, 7L, 3).target()).isEqualByComparingTo("1250.50");
        assertThatThrownBy(() -> Kpi.of(new KpiDraft(Area.SALES, "Calls", "calls", "1e400", KpiPeriod.WEEK, null), null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
