package com.followup.domain.kpi;

import com.followup.domain.item.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A value entered by its owner for an entered KPI and one period; {@code userId} null is the whole area's. */
public record KpiEntry(long kpiId, Long userId, LocalDate periodStart, BigDecimal value, long enteredBy,
                       Instant enteredAt) {

    public KpiEntry {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(enteredAt, "enteredAt");
        if (value == null || value.signum() < 0 || value.compareTo(Money.LARGEST) > 0) {
            throw new IllegalArgumentException("a KPI value is zero or more and fits: " + value);
        }
    }
}
