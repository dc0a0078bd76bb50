package com.followup.web.kpi;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiDraft;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Metric;

/** A KPI as typed by a director; no metric means its owner enters it each period. */
public class KpiFormData {

    private Area area;
    private String name = "";
    private String unit = "";
    private String target = "";
    private KpiPeriod period = KpiPeriod.MONTH;
    private Metric metric;
    private long version;

    static KpiFormData of(Kpi kpi) {
        KpiFormData form = new KpiFormData();
        form.area = kpi.area();
        form.name = kpi.name();
        form.unit = kpi.unit();
        form.target = kpi.target().stripTrailingZeros().toPlainString();
        form.period = kpi.period();
        form.metric = kpi.metric();
        form.version = kpi.version();
        return form;
    }

    KpiDraft toDraft() {
        return new KpiDraft(area, name, unit, target, period, metric);
    }

    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public KpiPeriod getPeriod() { return period; }
    public void setPeriod(KpiPeriod period) { this.period = period; }
    public Metric getMetric() { return metric; }
    public void setMetric(Metric metric) { this.metric = metric; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
