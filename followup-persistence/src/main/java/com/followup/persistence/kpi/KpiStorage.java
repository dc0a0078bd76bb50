package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiEntry;
import com.followup.domain.kpi.Kpis;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The KPIs port: definitions through JPA ({@link JpaKpiDefinitions}), entries and targets through SQL ({@link JdbcKpiFigures}). */
@Repository
class KpiStorage implements Kpis {

    private final JpaKpiDefinitions definitions;
    private final JdbcKpiFigures figures;

    KpiStorage(JpaKpiDefinitions definitions, JdbcKpiFigures figures) {
        this.definitions = definitions;
        this.figures = figures;
    }

    @Override
    public List<Kpi> findByArea(Area area) {
        return definitions.findByArea(area);
    }

    @Override
    public Optional<Kpi> findById(long id) {
        return definitions.findById(id);
    }

    @Override
    public List<Kpi> findAll() {
        return definitions.findAll();
    }

    @Override
    public boolean nameTaken(Area area, String name, Long exceptId) {
        return definitions.nameTaken(area, name, exceptId);
    }

    @Override
    public boolean usedByRules(long kpiId) {
        return definitions.usedByRules(kpiId);
    }

    @Override
    public Kpi save(Kpi kpi) {
        return definitions.save(kpi);
    }

    @Override
    public Map<Long, Map<Long, BigDecimal>> personTargets(Area area) {
        return figures.personTargets(area);
    }

    @Override
    public void setPersonTarget(long kpiId, long userId, BigDecimal target) {
        figures.setPersonTarget(kpiId, userId, target);
    }

    @Override
    public void enter(KpiEntry entry) {
        figures.enter(entry);
    }

    @Override
    public List<KpiEntry> entries(Area area, LocalDate from, LocalDate to) {
        return figures.entries(area, from, to);
    }

    @Override
    public List<KpiEntry> entries(long kpiId, LocalDate from, LocalDate to) {
        return figures.entries(kpiId, from, to);
    }
}
