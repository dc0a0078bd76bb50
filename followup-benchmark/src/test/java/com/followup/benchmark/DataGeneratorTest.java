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
        summary = new DataGenerator(options("--people=40", "--items=3000", "--follow-ups=30000", "--customers=400",
                "--sale-lines=20000")).run();
    }

    @Test
    void it_loads_exactly_what_was_asked() {
        assertThat(summary.rows()).containsEntry("app_user", 40L).containsEntry("item", 3000L)
                .containsEntry("follow_up", 30000L).containsEntry("follow_up_rule", 3L)
                .containsEntry("customer", 400L).containsEntry("sale_line", 20000L);
    }

    @Test
    void each_item_carries_its_first_follow_up_done_as_the_triggers_would_have_kept_it() throws SQLException {
        assertThat(number("""
                select count(*) from item i
                where i.first_done_at is distinct from (select min(done_at) from follow_up f where f.item_id = i.id)""")).isZero();
        assertThat(number("select count(*) from item where first_done_at is not null")).isPositive();
    }

    @Test
    void without_customers_asked_for_there_is_no_portfolio() {
        assertThat(GeneratorOptions.parse().customers()).isZero();
        assertThat(GeneratorOptions.parse().saleLines()).isZero();
        assertThatThrownBy(() -> GeneratorOptions.parse("--sale-lines=10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_fifth_of_the_customers_make_most_of_the_revenue_so_that_abc_segments_mean_something() throws SQLException {
        double topFifth = share("""
                with revenue as (select customer_id, sum(amount) as amount from sale_line
                                 where day > current_date - 365 group by 1),
                     ranked as (select amount, ntile(5) over (order by amount desc) as fifth from revenue)
                select sum(amount) filter (where fifth = 1) / sum(amount) from ranked""");
        assertThat(topFifth).isBetween(0.6, 0.9);
        // A (the first 80 % of revenue) is a minority, C (the last 5 %) the many
        double a = share("""
                with revenue as (select customer_id, sum(amount) as amount from sale_line
                                 where day > current_date - 365 group by 1),
                     running as (select sum(amount) over (order by amount desc, customer_id) / sum(amount) over () as upto
                                 from revenue)
                select count(*) filter (where upto <= 0.8)::float / count(*) from running""");
        assertThat(a).isBetween(0.1, 0.45);
    }

    @Test
    void customers_have_their_own_rhythm_and_some_lapsed_churned_new_or_without_sales() throws SQLException {
        // lapsed as the app counts it: 3 orders or more, and more days since the last than twice the median gap
        long lapsed = number("""
                with days as (select customer_id, day, day - lag(day) over (partition by customer_id order by day) as gap
                              from (select distinct customer_id, day from sale_line) d),
                     rhythm as (select customer_id, count(*) as orders, max(day) as last,
                                       percentile_cont(0.5) within group (order by gap) as median from days group by 1)
                select count(*) from rhythm where orders >= 3 and current_date - last > 2 * median
                  and current_date - last <= 365""");
        long churned = number("""
                select count(*) from (select customer_id from sale_line group by 1
                                      having max(day) < current_date - 365) c""");
        long fresh = number("""
                select count(*) from (select customer_id from sale_line group by 1
                                      having min(day) > current_date - 91) c""");
        long without = number("select count(*) from customer c where not exists (select 1 from sale_line l where l.customer_id = c.id)");
        assertThat(lapsed).isBetween(20L, 100L);
        assertThat(churned).isBetween(30L, 100L);
        assertThat(fresh).isPositive();
        assertThat(without).isBetween(4L, 25L);
        assertThat(number("select count(distinct median) from (select customer_id, (max(day) - min(day)) / count(distinct day) "
                + "as median from sale_line group by 1) r")).isGreaterThan(50);
    }

    @Test
    void customers_are_owned_by_sales_staff_and_spread_over_types_regions_and_channels() throws SQLException {
        assertThat(number("""
                select count(*) from customer c where not exists
                    (select 1 from app_user_area a where a.user_id = c.owner_id and a.area = 'SALES')""")).isZero();
        assertThat(number("select count(distinct owner_id) from customer")).isGreaterThan(10);
        assertThat(number("select count(distinct type) from customer")).isEqualTo(4);
        assertThat(number("select count(distinct region) from customer")).isGreaterThan(3);
        assertThat(number("select count(distinct channel) from customer")).isEqualTo(4);
        assertThat(share("select count(potential_per_year)::float / count(*) from customer")).isCloseTo(0.75, within(0.1));
        assertThat(share("select count(cost)::float / count(*) from sale_line")).isBetween(0.6, 0.95);
        assertThat(number("select count(*) from sale_line where cost > amount")).isPositive();
        assertThat(number("select count(distinct family) from sale_line")).isEqualTo(CustomerPlan.FAMILIES.length);
        assertThat(number("select count(*) from sale_line where day > current_date or day < current_date - 1095")).isZero();
    }

    @Test
    void most_invoices_belong_to_a_customer_of_their_name() throws SQLException {
        assertThat(share("select count(customer_id)::float / count(*) from item where area = 'ADMINISTRATION'"))
                .isCloseTo(0.8, within(0.05));
        assertThat(number("select count(*) from item where customer_id is not null and area <> 'ADMINISTRATION'")).isZero();
        assertThat(number("select count(*) from item i join customer c on c.id = i.customer_id "
                + "where i.counterpart_name <> c.name")).isZero();
    }

    @Test
    void sale_lines_loaded_into_a_bare_table_get_their_indexes_and_foreign_key_back() throws SQLException {
        assertThat(number("select count(*) from pg_index where indrelid = 'sale_line'::regclass and indisvalid")).isEqualTo(3);
        assertThat(number("select count(*) from pg_constraint where conrelid = 'sale_line'::regclass and contype = 'f'"))
                .isEqualTo(1);
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
                "--today=2026-11-20", "--seed=7", "--customers=30", "--sale-lines=600");
        new DataGenerator(small).run();
        String first = fingerprint(other);
        new DataGenerator(GeneratorOptions.parse("--url=" + other.url(), "--user=" + other.username(),
                "--password=" + other.password(), "--people=12", "--items=200", "--follow-ups=1000",
                "--today=2026-11-20", "--seed=7", "--customers=30", "--sale-lines=600", "--reset")).run();

        assertThat(fingerprint(other)).isEqualTo(first);
    }

    private static String fingerprint(TestDatabase.Database db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     select md5(string_agg(title || status || coalesce(next_due_at::text, '') || follow_ups_done, ',' order by title))
                         || (select md5(string_agg(c.name || l.day || l.amount || coalesce(l.cost::text, ''), ',' order by l.id))
                             from sale_line l join customer c on c.id = l.customer_id)
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
