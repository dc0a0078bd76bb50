package com.followup.domain.lead;

import com.followup.domain.dashboard.Ratio;
import com.followup.domain.kpi.Metric;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The lead KPIs of one period, from the leads that arrived in it, as the lead dashboard counts them: meetings booked
 * and leads qualified are the people who reached those funnel steps ({@link LeadFunnel}), the share answered within
 * the deadline is met of met and missed ({@link DeadlineOutcome}), the median first response is in business time
 * ({@link ResponseTimes}), and the share rejected is the leads now disqualified of all that arrived. A share or a
 * median with nothing to count has no value.
 */
public record LeadKpis(LeadFigures.KpiCounts counts, ResponseTimes times) {

    public Map<Metric, BigDecimal> metrics() {
        Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
        metrics.put(Metric.LEAD_MEETINGS_BOOKED, BigDecimal.valueOf(counts.meetingBooked()));
        metrics.put(Metric.LEAD_MEETINGS_HELD, BigDecimal.valueOf(counts.meetingHeld()));
        metrics.put(Metric.LEADS_QUALIFIED, BigDecimal.valueOf(counts.qualified()));
        new Ratio(counts.met(), counts.met() + counts.missed()).percent()
                .ifPresent(p -> metrics.put(Metric.LEADS_ANSWERED_IN_TIME, BigDecimal.valueOf(p)));
        new Ratio(counts.disqualified(), counts.arrived()).percent()
                .ifPresent(p -> metrics.put(Metric.LEADS_REJECTED_SHARE, BigDecimal.valueOf(p)));
        times.medianMinutes().ifPresent(m -> metrics.put(Metric.LEAD_MEDIAN_FIRST_RESPONSE, BigDecimal.valueOf(m)));
        return metrics;
    }
}
