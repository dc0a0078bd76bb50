package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.KpiPrecision;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Sales running total of the month a period shows, from the KPIs (the goals) and one statement for the sales;
 * the goals are the month's targets of the first KPIs that count new sales and their amount, one person's own when set.
 */
@Service
class SalesRunningTotals {

    private final Kpis kpis;
    private final AreaMeasures measures;
    private final String currency;
    private final Clock clock;

    SalesRunningTotals(Kpis kpis, AreaMeasures measures, @Value("${followup.default-currency:MXN}") String currency,
                       Clock clock) {
        this.kpis = kpis;
        this.measures = measures;
        this.currency = currency;
        this.clock = clock;
    }

    SalesRunningTotal of(DateRange chosen, Long personId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        DateRange month = SalesRunningTotal.monthShown(chosen, today);
        List<Kpi> sales = kpis.findByArea(Area.SALES);
        Map<Long, Map<Long, BigDecimal>> personTargets = personId == null ? Map.of() : kpis.personTargets(Area.SALES);
        return SalesRunningTotal.of(month, today,
                measures.dailySales(personId, SalesRunningTotal.daysRead(month, today)), currency,
                goal(sales, Metric.NEW_SALES, month, personId, personTargets),
                goal(sales, Metric.NEW_SALES_AMOUNT, month, personId, personTargets));
    }

    private static BigDecimal goal(List<Kpi> sales, Metric metric, DateRange month, Long personId,
                                   Map<Long, Map<Long, BigDecimal>> personTargets) {
        return sales.stream().filter(kpi -> kpi.metric() == metric).findFirst()
                .map(kpi -> KpiPrecision.scaledTarget(kpi, personId == null ? kpi.target()
                        : personTargets.getOrDefault(kpi.id(), Map.of()).getOrDefault(personId, kpi.target()), month))
                .orElse(null);
    }
}
