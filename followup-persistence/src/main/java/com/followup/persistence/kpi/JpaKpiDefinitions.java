package com.followup.persistence.kpi;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** KPI definitions: an aggregate edited whole through a form, so JPA, with the version the form was read at checked. */
@Component
@Transactional(readOnly = true)
class JpaKpiDefinitions {

    private final KpiRepository repository;

    JpaKpiDefinitions(KpiRepository repository) {
        this.repository = repository;
    }

    List<Kpi> findByArea(Area area) {
        return repository.findByAreaOrderByName(area).stream().map(JpaKpiDefinitions::toDomain).toList();
    }

    Optional<Kpi> findById(long id) {
        return repository.findById(id).map(JpaKpiDefinitions::toDomain);
    }

    List<Kpi> findAll() {
        return repository.findAllByOrderByAreaAscNameAsc().stream().map(JpaKpiDefinitions::toDomain).toList();
    }

    boolean nameTaken(Area area, String name, Long exceptId) {
        return repository.existsByAreaAndNameIgnoreCaseAndIdNot(area, name.strip(), exceptId == null ? 0L : exceptId);
    }

    boolean usedByRules(long kpiId) {
        return repository.usedByRules(kpiId);
    }

    @Transactional
    Kpi save(Kpi kpi) {
        KpiEntity entity = kpi.id() == null ? new KpiEntity() : repository.findById(kpi.id()).orElseThrow();
        if (kpi.id() != null && entity.version != kpi.version()) {
            throw new ConcurrentChangeException("kpi " + kpi.id());
        }
        entity.area = kpi.area();
        entity.metric = kpi.metric();
        entity.name = kpi.name();
        entity.unit = kpi.unit();
        entity.target = kpi.target();
        entity.period = kpi.period();
        return toDomain(repository.saveAndFlush(entity));
    }

    private static Kpi toDomain(KpiEntity entity) {
        return new Kpi(entity.id, entity.area, entity.name, entity.unit, entity.target, entity.period, entity.metric,
                entity.version);
    }
}
