package com.followup.domain.kpi;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.area.Area;
import com.followup.domain.item.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An indicator an area moves, with its target per period. It is computed from the app's own data when it has a
 * metric, else entered by its owner per period. The id is null until it is stored; the version guards edits.
 */
public record Kpi(Long id, Area area, String name, String unit, BigDecimal target, KpiPeriod period, Metric metric,
                  long version) {

    public static final int MAX_NAME = 120;
    public static final int MAX_UNIT = 40;
    /** Targets and entered values are kept with two decimals. */
    public static final int DECIMALS = 2;

    public Kpi {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(period, "period");
        name = Text.requireValid(name, "name", MAX_NAME, false);
        unit = Text.requireValid(unit, "unit", MAX_UNIT, false);
        if (target == null || target.signum() < 0 || target.compareTo(Money.LARGEST) > 0) {
            throw new IllegalArgumentException("a KPI's target must be zero or more and fit: " + target);
        }
        if (metric != null && !metric.fits(area)) {
            throw new IllegalArgumentException(metric + " is not measured in " + area);
        }
    }

    /** Everything wrong with a KPI as typed, each with its field, the way rules are checked. */
    public static List<Violation> validate(KpiDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.area() == null) {
            violations.add(new Violation("area", "field.required"));
        }
        Text.required(draft.name(), "name", MAX_NAME, violations);
        Text.required(draft.unit(), "unit", MAX_UNIT, violations);
        value(draft.target(), "target", violations);
        if (draft.period() == null) {
            violations.add(new Violation("period", "field.required"));
        }
        if (draft.metric() != null && draft.area() != null && !draft.metric().fits(draft.area())) {
            violations.add(new Violation("metric", "kpi.metric.otherArea"));
        }
        return List.copyOf(violations);
    }

    /** The KPI a draft without violations describes; {@code id} null for a new one. */
    public static Kpi of(KpiDraft draft, Long id, long version) {
        List<Violation> violations = validate(draft);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid KPI: " + violations);
        }
        return new Kpi(id, draft.area(), draft.name(), draft.unit(), value(draft.target(), "target", new ArrayList<>()),
                draft.period(), draft.metric(), version);
    }

    /** A target or an entered value as typed: zero or more, two decimals at most; null with its violation if not. */
    public static BigDecimal value(String typed, String field, List<Violation> violations) {
        return Money.parseAmount(typed, DECIMALS, field, violations);
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
