package com.followup.domain.kpi;

import com.followup.domain.area.Area;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator an area moves, with its target per period. It is computed from the app's own data when it has a
 * metric, else entered by its owner per period. The id is null until it is stored; the version guards edits.
 */
public record Kpi(Long id, Area area, String name, String unit, BigDecimal target, KpiPeriod period, Metric metric,
                  long version) {

    public Kpi {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        if (name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("a KPI needs a name and a unit");
        }
        if (target == null || target.signum() < 0) {
            throw new IllegalArgumentException("a KPI's target must be zero or more");
        }
        if (metric != null && !metric.fits(area)) {
            throw new IllegalArgumentException(metric + " is not measured in " + area);
        }
        name = name.strip();
        unit = unit.strip();
    }

    public Kpi(Long id, Area area, String name, String unit, BigDecimal target, KpiPeriod period) {
        this(id, area, name, unit, target, period, null, 0);
    }

    /** A KPI entered by its owner each period. */
    public static Kpi define(Area area, String name, String unit, BigDecimal target, KpiPeriod period) {
        return new Kpi(null, area, name, unit, target, period, null, 0);
    }

    /** A KPI the app computes from its own data. */
    public static Kpi computed(Area area, Metric metric, String name, String unit, BigDecimal target, KpiPeriod period) {
        return new Kpi(null, area, name, unit, target, period, Objects.requireNonNull(metric, "metric"), 0);
    }

    public boolean isComputed() {
        return metric != null;
    }

    /** Whether an actual meets the target: at least it, or at most it for a metric that is better lower. */
    public boolean meets(BigDecimal actual, BigDecimal goal) {
        int compared = actual.compareTo(goal);
        return metric == null || metric.higherIsBetter() ? compared >= 0 : compared <= 0;
    }
}
