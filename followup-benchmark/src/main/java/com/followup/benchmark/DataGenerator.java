package com.followup.benchmark;

import com.followup.domain.rule.Frequency;
import com.followup.persistence.dashboard.FollowUpDays;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills PostgreSQL with a realistic company: people in three areas, their rules and KPIs, items over some days or years
 * (about a tenth still open, some overdue, some due today, the rest closed with their area's outcomes) and the
 * follow-ups done on them (about 85 % on time). The schema comes from the app's own Flyway migrations; the bulk
 * goes in with COPY, streamed, so a million follow-ups load in seconds. The same seed gives the same company.
 */
public final class DataGenerator {

    /** Everyone generated signs in with this password. */
    public static final String PASSWORD = "followup-bench";

    enum Area { SALES, OPERATIONS, ADMINISTRATION }

    /** What was loaded, and how long it took. */
    public record Summary(Map<String, Long> rows, Duration took) {
    }

    private final GeneratorOptions options;
    private final Random random;
    private final ZoneId zone = ZoneId.systemDefault();
    private final Instant now;

    DataGenerator(GeneratorOptions options) {
        this.options = options;
        this.random = new Random(options.seed());
        this.now = options.today().equals(LocalDate.now(zone)) ? Instant.now()
                : options.today().atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    public static void main(String... args) throws Exception {
        Summary summary = new DataGenerator(GeneratorOptions.parse(args)).run();
        summary.rows().forEach((table, rows) -> System.out.printf("%-16s %,12d rows%n", table, rows));
        System.out.printf("Loaded in %.1f s%n", summary.took().toMillis() / 1000.0);
    }

    Summary run() throws SQLException, IOException {
        long started = System.nanoTime();
        Flyway.configure().dataSource(options.url(), options.user(), options.password())
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
            connection.setAutoCommit(false);
            prepare(connection);
            People people = people(connection);
            Map<Area, GeneratedRule> rules = rules(connection);
            List<ItemPlan> plans = plans(people, rules);
            try (Statement statement = connection.createStatement()) {
                // each person's due work is new to every app started after the load: nothing kept to tell (V64)
                statement.execute("alter table item disable trigger due_work_item_insert");
                statement.execute("alter table follow_up disable trigger due_work_follow_up_insert");
            }
            copy(connection, "item (rule_id, rule_revision, area, title, counterpart_name, owner_id, amount, currency, "
                    + "started_at, deadline, status, next_due_at, last_interaction_at, follow_ups_done, stage, "
                    + "relationship_start, rating, conversion_probability, promised_date, invoice_number, credit_days, "
                    + "outcome, outcome_reason, delivered_complete, delivered_correct, delivered_on_time, "
                    + "collected_amount, collected_currency, collected_in_full, closed_at, first_done_at)", out -> {
                for (ItemPlan plan : plans) {
                    plan.write(out);
                }
            });
            List<Long> ids = ids(connection);
            try (Statement statement = connection.createStatement()) {
                // the days are counted once after the load, not statement by statement during it
                statement.execute("alter table follow_up disable trigger follow_up_day_insert");
                statement.execute("alter table follow_up disable trigger customer_contact_insert");
                statement.execute("alter table follow_up disable trigger item_first_done_insert"); // written with the items
            }
            List<String> rebuilt = dropForLoading(connection, "follow_up");
            copy(connection, "follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel, "
                    + "duration_minutes, result, kind, on_time, area, rule_id)", out -> {
                for (int i = 0; i < plans.size(); i++) {
                    plans.get(i).writeFollowUps(ids.get(i), out);
                }
            });
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local maintenance_work_mem = '512MB'");
                for (String definition : rebuilt) {
                    statement.execute(definition);
                }
            }
            copy(connection, "item_change (item_id, kind, changed_by, changed_at, details)", out -> {
                for (int i = 0; i < plans.size(); i++) {
                    plans.get(i).writeChanges(ids.get(i), out);
                }
            });
            try (Statement statement = connection.createStatement();
                 PreparedStatement zoneOfDays = connection.prepareStatement("update company_zone set zone = ?")) {
                statement.execute("alter table follow_up enable trigger follow_up_day_insert");
                zoneOfDays.setString(1, FollowUpDays.postgresName(zone));
                zoneOfDays.executeUpdate();
                statement.execute("select follow_up_day_rebuild()");
                // each item's first follow-up done (V55) was written with the item
                statement.execute("alter table follow_up enable trigger item_first_done_insert");
                statement.execute("alter table item enable trigger due_work_item_insert");
                statement.execute("alter table follow_up enable trigger due_work_follow_up_insert");
            }
            if (options.customers() > 0) {
                customers(connection, people);
            }
            try (Statement statement = connection.createStatement()) {
                // the portfolio's kept figures (V49), counted once after the load
                statement.execute("alter table follow_up enable trigger customer_contact_insert");
                statement.execute("select customer_contact_rebuild(null)");
            }
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                // as autovacuum leaves a database in use: statistics, and index-only scans that need no heap visit
                statement.execute("vacuum analyze");
            }
            return new Summary(counts(connection), Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** A database that already holds items is left alone unless --reset says to empty it first. */
    private void prepare(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (options.reset()) {
                statement.execute("truncate item_change, follow_up_edit, follow_up, notification, outbox_message, "
                        + "calendar_feed, notice_settings, kpi_entry, kpi_person_target, item, follow_up_rule_revision, "
                        + "follow_up_rule, kpi, sign_in_failure, spring_session_attributes, spring_session, "
                        + "app_user_area, sale_line, portfolio_week_sales, customer_segment_month, customer_score, customer_change, customer, "
                        + "app_user restart identity cascade");
                return;
            }
            try (ResultSet rs = statement.executeQuery("select exists (select 1 from item) or exists (select 1 from app_user)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    throw new IllegalStateException("the database already holds data; run with --reset to replace it");
                }
            }
        }
    }

    /** A director, a manager per area and the staff: half in Sales, a quarter each in Operations and Administration. */
    private People people(Connection connection) throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        Map<Area, List<Long>> staff = new EnumMap<>(Area.class);
        try (PreparedStatement user = connection.prepareStatement(
                "insert into app_user (username, display_name, password_hash, role) values (?, ?, ?, ?) returning id");
             PreparedStatement area = connection.prepareStatement("insert into app_user_area (user_id, area) values (?, ?)")) {
            insertUser(user, "director", "Dirección General", hash, "DIRECTOR");
            for (Area a : Area.values()) {
                long manager = insertUser(user, "manager-" + a.name().toLowerCase(), "Manager of " + a, hash, "MANAGER");
                area.setLong(1, manager);
                area.setString(2, a.name());
                area.executeUpdate();
                staff.put(a, new ArrayList<>());
            }
            int count = options.people() - 4;
            for (int i = 0; i < count; i++) {
                Area a = i % 4 < 2 ? Area.SALES : i % 4 == 2 ? Area.OPERATIONS : Area.ADMINISTRATION;
                int number = staff.get(a).size() + 1;
                long id = insertUser(user, String.format("staff-%s-%03d", a.name().toLowerCase(), number),
                        String.format("Staff %s %03d", a.name().charAt(0), number), hash, "STAFF");
                area.setLong(1, id);
                area.setString(2, a.name());
                area.executeUpdate();
                staff.get(a).add(id);
            }
        }
        return new People(staff);
    }

    private static long insertUser(PreparedStatement user, String username, String name, String hash, String role)
            throws SQLException {
        user.setString(1, username);
        user.setString(2, name);
        user.setString(3, hash);
        user.setString(4, role);
        try (ResultSet rs = user.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The source's rules, one per area, each with a computed KPI. */
    private Map<Area, GeneratedRule> rules(Connection connection) throws SQLException {
        Map<Area, GeneratedRule> rules = new EnumMap<>(Area.class);
        rules.put(Area.SALES, rule(connection, Area.SALES, "New prospects", "NEW_SALES", "sales", 150,
                "2, 'MONTHS', null", new Frequency.EveryNWeeks(1, false), "seller", "First meeting\nProposal\nNegotiation"));
        rules.put(Area.OPERATIONS, rule(connection, Area.OPERATIONS, "Supplier deliveries", "ON_TIME_IN_FULL", "%", 95,
                "null, null, 'PROMISED_DATE'", new Frequency.EveryNDays(2, false), "purchasing", ""));
        rules.put(Area.ADMINISTRATION, rule(connection, Area.ADMINISTRATION, "Collections", "AMOUNT_COLLECTED", "MXN",
                5_000_000, "null, null, 'CREDIT_TERMS'", new Frequency.EveryNWeeks(1, false), "collections", ""));
        return rules;
    }

    /** A rule as written, with the frequency its follow-ups are judged on time by. */
    record GeneratedRule(long id, Frequency frequency) {
    }

    /** The frequency is written as its parts, the way the app stores one of the every-N kinds. */
    private static GeneratedRule rule(Connection connection, Area area, String topic, String metric, String unit, long target,
                                      String timeAllowed, Frequency frequency, String role, String stages) throws SQLException {
        long kpi;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into kpi (area, name, unit, target, period, metric) values (?, ?, ?, ?, 'MONTH', ?) returning id")) {
            insert.setString(1, area.name());
            insert.setString(2, topic + " KPI");
            insert.setString(3, unit);
            insert.setBigDecimal(4, BigDecimal.valueOf(target));
            insert.setString(5, metric);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                kpi = rs.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into follow_up_rule (area, topic, objective, "
                + "time_allowed_amount, time_allowed_unit, time_allowed_term, frequency_kind, frequency_every, "
                + "working_days_only, owner_role, reported_in, kpi_id, escalate_after_mins, stages, status) values (?, ?, ?, "
                + timeAllowed + ", ?, ?, false, ?, 'the weekly meeting', ?, 2880, ?, 'ACTIVE') returning id")) {
            insert.setString(1, area.name());
            insert.setString(2, topic);
            insert.setString(3, "Follow " + topic.toLowerCase() + " to their outcome");
            insert.setString(4, frequency.kind().name());
            insert.setInt(5, frequency.parts().every());
            insert.setString(6, role);
            insert.setLong(7, kpi);
            insert.setString(8, stages);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return new GeneratedRule(rs.getLong(1), frequency);
            }
        }
    }

    private List<ItemPlan> plans(People people, Map<Area, GeneratedRule> rules) {
        Instant first = options.today().minusDays(options.days()).atStartOfDay(zone).toInstant();
        long span = Duration.between(first, now).getSeconds();
        List<ItemPlan> plans = new ArrayList<>(options.items());
        double[] weights = new double[options.items()];
        double total = 0;
        for (int i = 0; i < options.items(); i++) {
            weights[i] = 0.5 + random.nextDouble();
            total += weights[i];
        }
        long assigned = 0;
        for (int i = 0; i < options.items(); i++) {
            double draw = random.nextDouble();
            Area area = draw < 0.5 ? Area.SALES : draw < 0.75 ? Area.OPERATIONS : Area.ADMINISTRATION;
            List<Long> staff = people.staff().get(area);
            long owner = staff.get(random.nextInt(staff.size()));
            Instant startedAt = first.plusSeconds((long) (random.nextDouble() * span));
            int followUps = (int) Math.floor(options.followUps() * weights[i] / total);
            assigned += followUps;
            GeneratedRule rule = rules.get(area);
            plans.add(new ItemPlan(i, area, rule.id(), rule.frequency(), owner, startedAt, followUps, now, zone, random));
        }
        for (int i = 0; assigned < options.followUps(); i = (i + 1) % plans.size()) {
            plans.get(i).addFollowUp();
            assigned++;
        }
        return plans;
    }

    /**
     * The portfolio (issue 16): customers owned by the Sales staff and their sale lines over the days of history, a
     * Pareto spread of revenue (see {@link CustomerPlan}); then most invoices (Administration's items) belong to a
     * customer, so that overdue receivables count in their health. Scores are left to the app's recompute.
     */
    private void customers(Connection connection, People people) throws SQLException, IOException {
        List<Long> sellers = people.staff().get(Area.SALES);
        List<CustomerPlan> plans = new ArrayList<>(options.customers());
        for (int i = 0; i < options.customers(); i++) {
            plans.add(new CustomerPlan(i, sellers.get(random.nextInt(sellers.size())), options.days(), random));
        }
        double total = plans.stream().mapToDouble(CustomerPlan::lineWeight).sum();
        long assigned = 0;
        for (CustomerPlan plan : plans) {
            int lines = total == 0 ? 0 : (int) Math.floor(options.saleLines() * plan.lineWeight() / total);
            plan.setLines(lines);
            assigned += lines;
        }
        for (int i = 0; assigned < options.saleLines(); i = (i + 1) % plans.size()) {
            if (plans.get(i).lineWeight() > 0 || total == 0) {
                plans.get(i).addLine();
                assigned++;
            }
        }
        LocalDate today = options.today();
        copy(connection, "customer (name, tax_id, type, region, owner_id, channel, potential_per_year, created_at)", out -> {
            for (CustomerPlan plan : plans) {
                plan.write(out, today, options.days());
            }
        });
        List<Long> ids = ids(connection, "customer");
        List<String> rebuilt = dropForLoading(connection, "sale_line");
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table sale_line disable trigger customer_period_sales_insert");
            statement.execute("alter table item disable trigger customer_contact_item_linked");
        }
        copy(connection, "sale_line (customer_id, day, product, family, quantity, amount, currency, cost)", out -> {
            for (int i = 0; i < plans.size(); i++) {
                plans.get(i).writeSales(ids.get(i), out, today, options.days());
            }
        });
        try (Statement statement = connection.createStatement()) {
            for (String definition : rebuilt) {
                statement.execute(definition);
            }
            // four invoices in five belong to a customer, the first customers more often (by the square of a draw)
            statement.execute(("with numbered as (select id, name, row_number() over (order by id) - 1 as k from customer) "
                    + "update item i set customer_id = c.id, counterpart_name = c.name from numbered c "
                    + "where i.area = 'ADMINISTRATION' and i.id %% 5 <> 0 "
                    + "and c.k = floor(power(((i.id * 7919) %% 10007) / 10007.0, 2) * %d)").formatted(plans.size()));
            statement.execute("alter table sale_line enable trigger customer_period_sales_insert");
            statement.execute("alter table item enable trigger customer_contact_item_linked");
            statement.execute("select customer_period_sales_rebuild(null)");
        }
    }

    /**
     * Drops a table's foreign keys and its indexes that are not unique, and says how to make them again: ten million
     * rows load several times faster into a bare table, and each index is then built in one sorted pass and each
     * foreign key checked in one join, instead of row by row.
     */
    private static List<String> dropForLoading(Connection connection, String table) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> rebuilt = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint "
                    + "where conrelid = '" + table + "'::regclass and contype = 'f'")) {
                while (rs.next()) {
                    drops.add("alter table " + table + " drop constraint " + rs.getString(1));
                    rebuilt.add("alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
                    + "from pg_index i where i.indrelid = '" + table + "'::regclass and not i.indisunique")) {
                while (rs.next()) {
                    drops.add("drop index " + rs.getString(1));
                    rebuilt.add(0, rs.getString(2));
                }
            }
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        return rebuilt;
    }

    private static List<Long> ids(Connection connection) throws SQLException {
        return ids(connection, "item");
    }

    private static List<Long> ids(Connection connection, String table) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id from " + table + " order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    interface Rows {
        void write(Writer out) throws IOException;
    }

    /** Streams rows into COPY in PostgreSQL's text format; nothing is held in memory but a buffer. */
    private static void copy(Connection connection, String table, Rows rows) throws SQLException, IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(
                connection.unwrap(PGConnection.class), "copy " + table + " from stdin"), StandardCharsets.UTF_8), 1 << 16)) {
            rows.write(out);
        }
    }

    private static Map<String, Long> counts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[]{"app_user", "follow_up_rule", "item", "follow_up", "item_change", "customer", "sale_line"}) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    record People(Map<Area, List<Long>> staff) {
    }

    /** A new request id for each follow-up, reproducible from the seed. */
    static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }
}
