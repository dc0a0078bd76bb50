package com.followup.domain.kpi;

/** The period a KPI's target is set for. */
public enum KpiPeriod {
    DAY,
    WEEK,
    MONTH
}
