package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.Kpis;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Repository
@Transactional(readOnly = true)
class JpaKpis implements Kpis {

    private final KpiRepository repository;

    JpaKpis(KpiRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Kpi> findByArea(Area area) {
        return repository.findByAreaOrderByName(area).stream().map(JpaKpis::toDomain).toList();
    }

    @Override
    public Optional<Kpi> findById(long id) {
        return repository.findById(id).map(JpaKpis::toDomain);
    }

    @Override
    public List<Kpi> findAll() {
        return repository.findAllByOrderByAreaAscNameAsc().stream().map(JpaKpis::toDomain).toList();
    }

    @Override
    @Transactional
    public Kpi save(Kpi kpi) {
        KpiEntity entity = kpi.id() == null ? new KpiEntity() : repository.findById(kpi.id()).orElseThrow();
        entity.area = kpi.area();
        entity.name = kpi.name();
        entity.unit = kpi.unit();
        entity.target = kpi.target();
        entity.period = kpi.period();
        return toDomain(repository.saveAndFlush(entity));
    }

    private static Kpi toDomain(KpiEntity entity) {
        return new Kpi(entity.id, entity.area, entity.name, entity.unit, entity.target, entity.period);
    }
}
