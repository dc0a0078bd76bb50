package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Metric;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

@Entity
@Table(name = "kpi")
class KpiEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Area area;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String unit;

    @Column(nullable = false)
    BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    KpiPeriod period;

    @Enumerated(EnumType.STRING)
    Metric metric;

    @Version
    long version;
}
