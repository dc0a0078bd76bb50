package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface KpiRepository extends JpaRepository<KpiEntity, Long> {

    List<KpiEntity> findByAreaOrderByName(Area area);

    List<KpiEntity> findAllByOrderByAreaAscNameAsc();

    boolean existsByAreaAndNameIgnoreCaseAndIdNot(Area area, String name, long id);

    @Query(value = "select exists (select 1 from follow_up_rule where kpi_id = ?1)", nativeQuery = true)
    boolean usedByRules(long kpiId);
}
