package com.followup.domain.kpi;

import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

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
}
