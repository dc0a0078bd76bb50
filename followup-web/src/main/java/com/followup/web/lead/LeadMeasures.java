package com.followup.web.lead;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.kpi.Metric;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.LeadKpis;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.ResponseTimes;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lead KPIs of each range a dashboard shows, for the Sales dashboards: one statement for the counts of every
 * range, and, when the median first response is asked, one for the leads answered and one for the working hours.
 */
@Component
public class LeadMeasures {

    private final LeadFigures figures;
    private final Leads leads;
    private final Clock clock;

    LeadMeasures(LeadFigures figures, Leads leads, Clock clock) {
        this.figures = figures;
        this.leads = leads;
        this.clock = clock;
    }

    /** Each range's lead metrics, in the order given; {@code ownerId} null is every owner. */
    public List<Map<Metric, BigDecimal>> of(List<DateRange> ranges, Long ownerId, boolean medianAsked) {
        Instant now = clock.instant();
        List<LeadFigures.Scope> scopes = ranges.stream()
                .map(range -> new LeadFigures.Scope(range.start(), range.end(), range.zone(), null, ownerId)).toList();
        List<LeadFigures.KpiCounts> counts = figures.kpiCounts(scopes, now);
        List<LeadFigures.Answered> answered = List.of();
        BusinessHours hours = null;
        if (medianAsked) {
            Instant from = scopes.stream().map(LeadFigures.Scope::from).min(Instant::compareTo).orElseThrow();
            Instant to = scopes.stream().map(LeadFigures.Scope::to).max(Instant::compareTo).orElseThrow();
            answered = figures.answered(new LeadFigures.Scope(from, to, scopes.get(0).zone(), null, ownerId), now);
            hours = leads.businessHours(clock.getZone());
        }
        List<Map<Metric, BigDecimal>> metrics = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            LeadFigures.Scope scope = scopes.get(i);
            BusinessHours working = hours;
            List<Duration> times = answered.stream()
                    .filter(a -> !a.arrivedAt().isBefore(scope.from()) && a.arrivedAt().isBefore(scope.to()))
                    .map(a -> ResponseTimes.firstResponse(a.arrivedAt(), a.firstTouchAt(), working)).toList();
            metrics.add(new LeadKpis(counts.get(i), ResponseTimes.of(times)).metrics());
        }
        return metrics;
    }
}
