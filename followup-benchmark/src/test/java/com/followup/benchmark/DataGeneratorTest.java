package com.followup.benchmark;

import com.followup.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The generator at a small size: exact counts, the proportions the benchmark relies on, and every constraint held. */
class DataGeneratorTest {

    static TestDatabase.Database database;
    static DataGenerator.Summary summary;

    @BeforeAll
    static void generate() throws Exception {
        database = TestDatabase.shared().createDatabase();
        summary = new DataGenerator(options("--people=40", "--items=3000", "--follow-ups=30000")).run();
    }

    @Test
    void it_loads_exactly_what_was_asked() {
        assertThat(summary.rows()).containsEntry("app_user", 40L).containsEntry("item", 3000L)
                .containsEntry("follow_up", 30000L).containsEntry("follow_up_rule", 3L);
    }

    @Test
    void about_a_tenth_of_the_items_are_open_with_some_overdue_and_some_due_today() throws SQLException {
        double open = share("select count(*) filter (where status = 'OPEN')::float / count(*) from item");
        assertThat(open).isCloseTo(0.10, within(0.04));
        assertThat(number("select count(*) from item where status = 'OPEN' and next_due_at < now()")).isPositive();
        assertThat(number("select count(*) from item where status = 'OPEN' and next_due_at::date = current_date")).isPositive();
        assertThat(number("select count(*) from item where status = 'POSTPONED'")).isPositive();
    }

    @Test
    void most_follow_ups_are_on_time_and_owners_work_in_their_items_area() throws SQLException {
        assertThat(share("select count(*) filter (where on_time)::float / count(*) from follow_up")).isCloseTo(0.85, within(0.06));
        assertThat(number("""
                select count(*) from item i where not exists
                    (select 1 from app_user_area a where a.user_id = i.owner_id and a.area = i.area)""")).isZero();
        assertThat(number("select count(distinct area) from item")).isEqualTo(3);
        assertThat(number("select count(*) from item where status = 'CLOSED' and outcome is null")).isZero();
        assertThat(number("select count(*) from follow_up where done_at > now()")).isZero();
    }

    @Test
    void follow_ups_loaded_into_a_bare_table_get_their_indexes_and_foreign_keys_back() throws SQLException {
        assertThat(number("select count(*) from pg_index where indrelid = 'follow_up'::regclass")).isEqualTo(6);
        assertThat(number("select count(*) from pg_constraint where conrelid = 'follow_up'::regclass and contype = 'f'"))
                .isEqualTo(2);
        assertThat(number("select count(*) from pg_index where indrelid = 'follow_up'::regclass and not indisvalid")).isZero();
    }

    @Test
    void a_database_with_data_is_refused_unless_reset() throws Exception {
        assertThatThrownBy(() -> new DataGenerator(options("--people=9", "--items=10", "--follow-ups=10")).run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("--reset");
    }

    @Test
    void the_same_seed_gives_the_same_company() throws Exception {
        TestDatabase.Database other = TestDatabase.shared().createDatabase();
        GeneratorOptions small = GeneratorOptions.parse("--url=" + other.url(), "--user=" + other.username(),
                "--password=" + other.password(), "--people=12", "--items=200", "--follow-ups=1000",
                "--today=2026-11-20", "--seed=7");
        new DataGenerator(small).run();
        String first = fingerprint(other);
        new DataGenerator(GeneratorOptions.parse("--url=" + other.url(), "--user=" + other.username(),
                "--password=" + other.password(), "--people=12", "--items=200", "--follow-ups=1000",
                "--today=2026-11-20", "--seed=7", "--reset")).run();

        assertThat(fingerprint(other)).isEqualTo(first);
    }

    private static String fingerprint(TestDatabase.Database db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select md5(string_agg(title || status || coalesce(next_due_at::text, '') || follow_ups_done, ',' order by title))
                     from item""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static GeneratorOptions options(String... sizes) {
        String[] args = new String[sizes.length + 4];
        args[0] = "--url=" + database.url();
        args[1] = "--user=" + database.username();
        args[2] = "--password=" + database.password();
        args[3] = "--today=" + LocalDate.now();
        System.arraycopy(sizes, 0, args, 4, sizes.length);
        return GeneratorOptions.parse(args);
    }

    private static double share(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password());
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static long number(String sql) throws SQLException {
        return (long) share(sql);
    }
}
