package com.followup.domain.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read with the precision they need: nothing rounds a small target to zero or a ratio to a whole. */
class KpiPrecisionTest {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final Kpi MONTHLY_TWO = Kpi.computed(Area.SALES, Metric.NEW_SALES, "Sales", "sales", BigDecimal.valueOf(2), KpiPeriod.MONTH);
    static final DateRange WEEK_OF_NOVEMBER = DateRange.weekOf(LocalDate.of(2026, 11, 9), ZONE);

    @Test
    void a_monthly_target_of_two_for_a_week_is_0_47_and_one_sale_is_213_percent_of_it() {
        BigDecimal target = KpiPrecision.scaledTarget(MONTHLY_TWO, MONTHLY_TWO.target(), WEEK_OF_NOVEMBER);

        assertThat(target).isEqualByComparingTo("0.47");
        assertThat(KpiPrecision.decimals(target, Metric.Unit.COUNT)).isEqualTo(2);
        assertThat(KpiPrecision.percentOfTarget(BigDecimal.ONE, target)).isEqualByComparingTo("213");
    }

    @Test
    void a_quarter_takes_the_monthly_target_three_times_and_a_year_twelve() {
        DateRange quarter = DateRange.between(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZONE);
        DateRange year = DateRange.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ZONE);

        assertThat(KpiPrecision.scaledTarget(MONTHLY_TWO, MONTHLY_TWO.target(), quarter)).isEqualByComparingTo("6");
        assertThat(KpiPrecision.scaledTarget(MONTHLY_TWO, MONTHLY_TWO.target(), year)).isEqualByComparingTo("24");
        Kpi weekly = Kpi.computed(Area.SALES, Metric.NEW_SALES, "Sales", "sales", BigDecimal.ONE, KpiPeriod.WEEK);
        assertThat(KpiPrecision.scaledTarget(weekly, weekly.target(), WEEK_OF_NOVEMBER)).isEqualByComparingTo("1");
    }

    @Test
    void shares_and_ratios_keep_their_target_and_3_8_contacts_per_prospect_reads_3_8() {
        Kpi perProspect = Kpi.computed(Area.SALES, Metric.CONTACTS_PER_PROSPECT, "Contacts", "contacts", new BigDecimal("4"), KpiPeriod.MONTH);

        assertThat(KpiPrecision.scaledTarget(perProspect, perProspect.target(), WEEK_OF_NOVEMBER)).isEqualByComparingTo("4");
        assertThat(KpiPrecision.decimals(new BigDecimal("3.8"), Metric.Unit.RATIO)).isEqualTo(1);
        assertThat(KpiPrecision.decimals(new BigDecimal("4.0"), Metric.Unit.RATIO)).isZero();
        assertThat(KpiPrecision.decimals(new BigDecimal("1200.5"), Metric.Unit.MONEY)).isEqualTo(2);
        assertThat(KpiPrecision.percentOfTarget(new BigDecimal("3.8"), new BigDecimal("4"))).isEqualByComparingTo("95");
    }

    @Test
    void a_small_share_of_target_keeps_a_decimal_and_no_target_has_no_share() {
        assertThat(KpiPrecision.percentOfTarget(new BigDecimal("1"), new BigDecimal("40"))).isEqualByComparingTo("2.5");
        assertThat(KpiPrecision.percentOfTarget(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
        assertThat(KpiPrecision.percentOfTarget(null, BigDecimal.ONE)).isNull();
    }
}
