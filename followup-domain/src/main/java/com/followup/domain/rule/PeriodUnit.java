package com.followup.domain.rule;

/** Units of a fixed time allowed. Minutes and hours are elapsed time; days and longer are calendar time. */
public enum PeriodUnit {
    MINUTES,
    HOURS,
    DAYS,
    WEEKS,
    MONTHS
}
