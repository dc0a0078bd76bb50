package com.followup.persistence.schema;

import com.followup.persistence.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** V17 turns the timeline's words, as earlier versions wrote them, into the details each kind of change defines. */
class TimelineDetailsMigrationTest {

    @Test
    void words_written_before_become_details() {
        TestDatabase.Database database = TestDatabase.shared().createDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(), database.password());
        MigrationVersion lastBefore = Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
                .map(MigrationInfo::getVersion).filter(v -> v.isNewerThan("1") && !v.isAtLeast("17"))
                .max(MigrationVersion::compareTo).orElseThrow();
        Flyway.configure().dataSource(dataSource).target(lastBefore).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long user = jdbc.sql("""
                        insert into app_user (username, display_name, password_hash, role) values ('ana', 'Ana', 'x', 'STAFF')
                        returning id""").query(Long.class).single();
        long kpi = jdbc.sql("""
                        insert into kpi (area, name, unit, target, period) values ('SALES', 'Sales', 'sales', 1, 'MONTH') returning id""")
                .query(Long.class).single();
        long rule = jdbc.sql("""
                        insert into follow_up_rule (area, topic, objective, time_allowed_amount, time_allowed_unit,
                            frequency_kind, frequency_every, working_days_only, owner_role, reported_in, kpi_id,
                            escalate_after_mins, stages, status)
                        values ('SALES', 'Prospects', 'Sell', 2, 'MONTHS', 'EVERY_N_WEEKS', 1, false, 'seller', 'CRM', ?, 60, '', 'ACTIVE')
                        returning id""").param(kpi).query(Long.class).single();
        long item = jdbc.sql("""
                        insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at, status,
                                          next_due_at)
                        values (?, 1, 'SALES', 'Prospect', 'ACME', ?, now(), 'OPEN', now()) returning id""")
                .params(rule, user).query(Long.class).single();
        for (String[] change : new String[][]{{"CREATED", "Prospect"}, {"STAGE_MOVED", "First meeting -> Proposal"},
                {"REASSIGNED", "12 -> 34"}, {"CLOSED", "DELIVERED COMPLETE CORRECT LATE"}, {"CLOSED", "SOLD"},
                {"REOPENED", "postponed until 2026-12-01"}, {"FOLLOW_UP_DONE", "CALL: Spoke: next week"}, {"ESCALATED", ""}}) {
            jdbc.sql("insert into item_change (item_id, kind, changed_at, detail) values (?, ?, now(), ?)")
                    .params(item, change[0], change[1]).update();
        }

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(jdbc.sql("select details from item_change where item_id = ? order by id").param(item)
                .query((rs, row) -> details(rs.getArray(1))).list())
                .containsExactly(List.of("Prospect"), List.of("First meeting", "Proposal"), List.of("12", "34"),
                        List.of("DELIVERED", "COMPLETE CORRECT LATE"), List.of("SOLD"), List.of("2026-12-01"),
                        List.of("CALL", "Spoke: next week"), List.of());
    }

    private static List<String> details(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
