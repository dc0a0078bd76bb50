package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface KpiRepository extends JpaRepository<KpiEntity, Long> {

    List<KpiEntity> findByAreaOrderByName(Area area);

    List<KpiEntity> findAllByOrderByAreaAscNameAsc();
}
