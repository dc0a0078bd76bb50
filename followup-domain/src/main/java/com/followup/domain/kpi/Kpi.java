package com.followup.domain.kpi;

import com.followup.domain.area.Area;

import java.math.BigDecimal;
import java.util.Objects;

/** An indicator an area moves, with its target per period. The id is null until it is stored. */
public record Kpi(Long id, Area area, String name, String unit, BigDecimal target, KpiPeriod period) {

    public Kpi {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        if (name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a KPI needs a name and a unit");
        }
        if (target == null || target.signum() < 0) {
            throw new IllegalArgumentException("a KPI's target must be zero or more");
        }
        name = name.strip();
        unit = unit.strip();
    }

    public static Kpi define(Area area, String name, String unit, BigDecimal target, KpiPeriod period) {
        return new Kpi(null, area, name, unit, target, period);
    }
}
