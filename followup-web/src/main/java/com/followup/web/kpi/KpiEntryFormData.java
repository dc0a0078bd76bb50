package com.followup.web.kpi;

import java.time.LocalDate;

/** A value entered for a KPI as typed: the day names its period; no person means the whole area. */
public class KpiEntryFormData {

    private LocalDate day;
    private String value = "";
    private Long userId;

    static KpiEntryFormData on(LocalDate day) {
        KpiEntryFormData entry = new KpiEntryFormData();
        entry.day = day;
        return entry;
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public Long getUserId() { return userId; }
    public void setUserId(Long userId) { this.userId = userId; }
}
