package com.followup.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A KPI's actual against its target for a period, and this month against last month. */
public record GoalProgress(BigDecimal actual, BigDecimal target, BigDecimal lastPeriodActual) {

    public boolean onTarget() {
        return actual.compareTo(target) >= 0;
    }

    /** The actual as a share of the target; empty when the target is zero. */
    public Optional<BigDecimal> percentOfTarget() {
        return target.signum() == 0 ? Optional.empty()
                : Optional.of(actual.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP));
    }

    /** The change against the period before, in percent; empty when the period before had nothing. */
    public Optional<BigDecimal> changeFromLastPeriod() {
        return lastPeriodActual.signum() == 0 ? Optional.empty()
                : Optional.of(actual.subtract(lastPeriodActual).multiply(BigDecimal.valueOf(100))
                .divide(lastPeriodActual, 0, RoundingMode.HALF_UP));
    }
}
