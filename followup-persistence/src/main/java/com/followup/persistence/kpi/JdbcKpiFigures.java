package com.followup.persistence.kpi;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.KpiEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** KPI entries and the targets set per person: rows written by upsert and read for dashboards, so plain SQL. */
@Component
@Transactional(readOnly = true)
class JdbcKpiFigures {

    private final JdbcClient jdbc;

    JdbcKpiFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Map<Long, BigDecimal>> personTargets(Area area) {
        Map<Long, Map<Long, BigDecimal>> targets = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.kpi_id, t.user_id, t.target from kpi_person_target t join kpi k on k.id = t.kpi_id
                        where k.area = ? order by t.kpi_id, t.user_id""")
                .param(area.name())
                .query(rs -> {
                    targets.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
                });
        return targets;
    }

    @Transactional
    void setPersonTarget(long kpiId, long userId, BigDecimal target) {
        if (target == null) {
            jdbc.sql("delete from kpi_person_target where kpi_id = ? and user_id = ?").params(kpiId, userId).update();
            return;
        }
        jdbc.sql("""
                        insert into kpi_person_target (kpi_id, user_id, target) values (?, ?, ?)
                        on conflict (kpi_id, user_id) do update set target = excluded.target""")
                .params(kpiId, userId, target).update();
    }

    @Transactional
    void enter(KpiEntry entry) {
        jdbc.sql("""
                        insert into kpi_entry (kpi_id, user_id, period_start, value, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (kpi_id, user_id, period_start)
                        do update set value = excluded.value, entered_by = excluded.entered_by, entered_at = excluded.entered_at""")
                .params(entry.kpiId(), entry.userId() == null ? 0L : entry.userId(), entry.periodStart(), entry.value(),
                        entry.enteredBy(), Timestamp.from(entry.enteredAt()))
                .update();
    }

    List<KpiEntry> entries(Area area, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select e.kpi_id, e.user_id, e.period_start, e.value, e.entered_by, e.entered_at
                        from kpi_entry e join kpi k on k.id = e.kpi_id
                        where k.area = ? and e.period_start >= ? and e.period_start < ? order by e.period_start, e.user_id""")
                .params(area.name(), from, to)
                .query(JdbcKpiFigures::entry)
                .list();
    }

    List<KpiEntry> entries(long kpiId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select kpi_id, user_id, period_start, value, entered_by, entered_at from kpi_entry
                        where kpi_id = ? and period_start >= ? and period_start < ? order by period_start, user_id""")
                .params(kpiId, from, to)
                .query(JdbcKpiFigures::entry)
                .list();
    }

    private static KpiEntry entry(ResultSet rs, int row) throws SQLException {
        return new KpiEntry(rs.getLong(1), rs.getLong(2) == 0 ? null : rs.getLong(2), rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4), rs.getLong(5), rs.getTimestamp(6).toInstant());
    }
}
