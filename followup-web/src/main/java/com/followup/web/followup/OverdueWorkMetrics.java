package com.followup.web.followup;

import com.followup.domain.area.Area;
import com.followup.domain.item.Items;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * For the operator, beside the jobs' work left: the open items of each area whose next follow-up is overdue, read
 * when Prometheus scrapes (one count over the area's open-items index).
 */
@Component
class OverdueWorkMetrics {

    OverdueWorkMetrics(Items items, Clock clock, MeterRegistry metrics) {
        for (Area area : Area.values()) {
            Gauge.builder("followup.items.overdue", () -> items.overdueCount(area, clock.instant())).tag("area", area.name())
                    .description("Open items whose next follow-up is overdue").register(metrics);
        }
    }
}
