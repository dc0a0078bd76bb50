package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.ProspectCohorts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one area's dashboard shows for a period, and optionally one person; prospects are null but for Sales.
 * Money (Sales only, else null) is totalled per currency, never converted.
 * Receivables are aged in the company's {@code currency}; those in other currencies are totalled each in its own, and
 * those without an amount are counted on their own ({@code otherReceivables}, null but for Administration).
 * {@code incompleteDeliveries}: the deliveries closed in the range as not complete, shown on Operations only (else null).
 */
public record AreaDashboard(Area area, DateRange range, Long personId, List<KpiRow> kpis, Compliance compliance,
                            List<DateRange> weeks, List<Compliance> complianceTrend,
                            List<AreaMeasures.PersonFigures> people, List<AreaMeasures.RuleFigures> rules,
                            List<AreaMeasures.FunnelStage> funnel,
                            List<AreaMeasures.Ageing> receivables, ProspectCohorts prospects, String currency,
                            AreaMeasures.OtherReceivables otherReceivables, AreaMeasures.SalesMoney money,
                            BigDecimal incompleteDeliveries) {

    /** How many people "who is behind" shows on the dashboard; the rest are on its own page. */
    public static final int MOST_BEHIND_SHOWN = 10;

    /** The people most behind, worst first, as many as the dashboard shows (everyone is on the people page). */
    public List<AreaMeasures.PersonFigures> mostBehind() {
        return people.size() <= MOST_BEHIND_SHOWN ? people : people.subList(0, MOST_BEHIND_SHOWN);
    }

    public List<AreaMeasures.OtherCurrency> otherCurrencies() {
        return otherReceivables == null ? List.of() : otherReceivables.currencies();
    }

    /** Open invoices without an amount, which no currency's total holds. */
    public long receivablesWithoutAmount() {
        return otherReceivables == null ? 0 : otherReceivables.withoutAmount();
    }
}
