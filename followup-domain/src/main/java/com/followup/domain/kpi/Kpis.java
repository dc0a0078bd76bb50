package com.followup.domain.kpi;

import com.followup.domain.area.Area;

import java.util.List;
import java.util.Optional;

/** Where KPIs are kept. */
public interface Kpis {

    List<Kpi> findByArea(Area area);

    Optional<Kpi> findById(long id);

    List<Kpi> findAll();

    Kpi save(Kpi kpi);
}
