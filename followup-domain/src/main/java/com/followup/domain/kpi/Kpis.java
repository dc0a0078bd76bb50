package com.followup.domain.kpi;

import com.followup.domain.area.Area;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where KPIs are kept. */
public interface Kpis {

    List<Kpi> findByArea(Area area);

    Optional<Kpi> findById(long id);

    List<Kpi> findAll();

    /** Whether another KPI of the area has this name, whatever its case. */
    boolean nameTaken(Area area, String name, Long exceptId);

    /** Whether any rule, active or archived, measures itself by this KPI. */
    boolean usedByRules(long kpiId);

    /** Throws ConcurrentChangeException when the KPI changed since it was read. */
    Kpi save(Kpi kpi);

    /**
     * Targets set for single people, by KPI id and then user id, for the area's KPIs in one read; the KPI's own
     * target applies to everyone else.
     */
    Map<Long, Map<Long, BigDecimal>> personTargets(Area area);

    /** Sets a person's own target, or removes it with null. */
    void setPersonTarget(long kpiId, long userId, BigDecimal target);

    /** Records or replaces the value of an entered KPI for a period. */
    void enter(KpiEntry entry);

    /** Entered values of the area's KPIs for periods starting in [from, to), in one read. */
    List<KpiEntry> entries(Area area, LocalDate from, LocalDate to);

    /** Entered values of a KPI for periods starting in [from, to), oldest first. */
    List<KpiEntry> entries(long kpiId, LocalDate from, LocalDate to);
}
