package com.followup.domain.kpi;

import com.followup.domain.Violation;
import com.followup.domain.area.Area;

/**
 * A KPI as a director typed it, target still as text, before {@link Kpi#validate} has said what is wrong with it.
 * Field names are the names {@link Violation}s point at.
 */
public record KpiDraft(Area area, String name, String unit, String target, KpiPeriod period, Metric metric) {
}
