package com.followup.persistence.portfolio;

import com.followup.domain.portfolio.Coverage;
import com.followup.domain.portfolio.CustomerScores;
import com.followup.domain.portfolio.Health;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.RfmGroup;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The portfolio list in one statement (filters, sort and paging in PostgreSQL) and one customer's card. */
@Repository
@Transactional(readOnly = true)
class JdbcPortfolioLists implements PortfolioLists {

    /** The health shown: a manager's override until its last day, else the computed one. */
    private static final String SHOWN_HEALTH = """
            cross join lateral (select case when c.health_override_until >= :today then c.health_override else s.health end
                                           as health,
                                       case when c.health_override_until >= :today then c.health_override_band
                                            else s.health_band end as band) h
            """;

    private final JdbcClient jdbc;
    private final ServiceMatrices matrices;
    private final Clock clock;

    JdbcPortfolioLists(JdbcClient jdbc, ServiceMatrices matrices, Clock clock) {
        this.jdbc = jdbc;
        this.matrices = matrices;
        this.clock = clock;
    }

    @Override
    public List<Coverage> coverage(Long ownerId) {
        ServiceMatrix matrix = matrices.current();
        Map<Segment, long[]> counts = new EnumMap<>(Segment.class);
        // PortfolioPredicates.CONTACTED for every customer at once, on the last contacts V49 keeps; every score is a
        // customer's, so the customers themselves are read only for one owner's
        PortfolioPredicates.contactedSince(jdbc.sql("""
                        select s.segment, count(*) as customers, count(*) filter (where <contacted>) as covered
                        from customer_score s <mine>
                        left join customer_contact k on k.customer_id = s.customer_id
                        group by s.segment"""
                        .replace("<contacted>", PortfolioPredicates.CONTACTED)
                        .replace("<mine>", ownerId == null ? "" : "join customer c on c.id = s.customer_id and c.owner_id = :owner"))
                .param("owner", ownerId), matrix, clock)
                .query((rs, n) -> counts.put(Segment.valueOf(rs.getString("segment")),
                        new long[] {rs.getLong("customers"), rs.getLong("covered")}))
                .list();
        return java.util.Arrays.stream(Segment.values()).map(segment -> {
            long[] found = counts.getOrDefault(segment, new long[2]);
            return new Coverage(segment, matrix.level(segment).everyDays(), found[0], found[1]);
        }).toList();
    }

    @Override
    public CustomerPage search(CustomerQuery query) {
        long[] total = {0};
        Order order = Order.of(query.sort());
        // the scored customers walked on an index of their score in the order asked for (V53) and the few not scored
        // yet (V53's customer_not_scored) sorted beside them, each only as far as the page's end; then only the page's
        // rows read in full. The count is apart: on the customers alone when no filter reads the score.
        String where = "\nwhere true" + filters(query)
                + (query.covered() == null ? "" : " and s.segment is not null and " + PortfolioPredicates.CONTACTED + " = :covered")
                + (query.counted() == null ? "" : " and " + PortfolioPredicates.of(query.counted().kind()));
        // the last contact on the score's customer, which the count reaches without the customer (none when not scored:
        // a customer not scored has no segment, so no rhythm to be contacted within)
        String contact = query.covered() == null ? "" : "\nleft join customer_contact k on k.customer_id = s.customer_id";
        String scored = "customer_score s join customer c on c.id = s.customer_id";
        boolean readsScore = query.segment() != null || query.group() != null || query.lapsed() != null
                || query.covered() != null || query.band() != null || query.counted() != null;
        boolean readsCustomer = query.ownerId() != null || query.channel() != null || query.band() != null || query.counted() != null;
        String count = !readsScore ? "(select count(*) from customer c" + where + ")"
                : "(select count(*) from " + (readsCustomer ? scored : "customer_score s") + contact
                  + (query.band() == null ? "" : "\n" + SHOWN_HEALTH) + where + ") + (select count(*) from not_scored)";
        JdbcClient.StatementSpec statement = jdbc.sql("with not_scored as materialized (\n"
                        + "select c.id, " + order.key() + " as key from customer_not_scored n join customer c on c.id = n.customer_id\n"
                        + "left join customer_score s on s.customer_id = c.id" + contact + "\n" + SHOWN_HEALTH + where + "),\n"
                        + "page as (\nselect id from ((select c.id, " + order.key() + " as key from " + scored + contact + "\n"
                        + SHOWN_HEALTH + where + "\norder by " + order + " limit :reach)\n"
                        + "union all (select id, key from not_scored order by key " + order.direction() + ", id limit :reach)) u\n"
                        + "order by key " + order.direction() + ", id limit :size offset :offset),\n"
                        + "counted as (select " + count + " as total)\n" + """
                        select c.id, c.name, c.type, c.region, c.channel, u.display_name, s.segment, s.rfm_group,
                               h.health, h.band as health_band, s.potential, s.lapsed, s.churned, s.least_profitable, s.revenue_12m,
                               t.total
                        from counted t left join page p on true left join customer c on c.id = p.id
                        left join app_user u on u.id = c.owner_id left join customer_score s on s.customer_id = c.id
                        """ + SHOWN_HEALTH + " order by " + order)
                .param("segment", name(query.segment()))
                .param("grp", name(query.group()))
                .param("owner", query.ownerId())
                .param("channel", name(query.channel()))
                .param("band", name(query.band()))
                .param("lapsed", query.lapsed())
                .param("today", java.sql.Date.valueOf(LocalDate.now(clock)))
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .param("reach", (long) query.page() * query.size() + query.size());
        if (query.covered() != null) {
            statement = PortfolioPredicates.contactedSince(statement.param("covered", query.covered()), matrices.current(), clock);
        }
        if (query.counted() != null) {
            statement = PortfolioPredicates.counted(statement, query.counted());
        }
        List<CustomerRow> rows = statement
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return rs.getObject("id") == null ? null : row(rs);
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
        if (rows.isEmpty() && query.page() > 0) {
            return search(query.firstPage());
        }
        return new CustomerPage(rows, total[0], query.page(), query.size());
    }

    /**
     * The conditions of the filters chosen, and only those: a statement per combination, which PostgreSQL plans for
     * what it asks (a condition "is null or equals" on every filter kept one generic plan for all of them, three times
     * slower on 20,000 customers).
     */
    private static String filters(CustomerQuery query) {
        StringBuilder where = new StringBuilder();
        where.append(query.segment() == null ? "" : " and s.segment = :segment");
        where.append(query.group() == null ? "" : " and s.rfm_group = :grp");
        where.append(query.ownerId() == null ? "" : " and c.owner_id = :owner");
        where.append(query.channel() == null ? "" : " and c.channel = :channel");
        where.append(query.band() == null ? "" : " and h.band = :band");
        where.append(query.lapsed() == null ? "" : " and s.lapsed = :lapsed");
        return where.toString();
    }

    /**
     * Only these fixed orders reach the SQL, each on one key (an index of V53 or customer_by_name) and then the
     * customer, so that pages never overlap.
     */
    private record Order(String key, String direction) {

        static Order of(Sort sort) {
            return switch (sort) {
                case REVENUE -> new Order("s.revenue_12m", "desc nulls last");
                case NAME -> new Order("lower(c.name)", "");
                case HEALTH -> new Order("h.health", "nulls last");
                case POTENTIAL -> new Order("s.potential", "desc nulls last");
                case RECENCY -> new Order("s.recency", "nulls first");
            };
        }

        @Override
        public String toString() {
            return key + " " + direction + ", c.id";
        }
    }

    @Override
    public Optional<CustomerCard> card(long customerId) {
        return jdbc.sql("""
                        select c.*, u.display_name, s.computed_on, s.segment, s.least_profitable, s.margin_after_service,
                               s.recency, s.frequency, s.money, s.rfm_group, s.potential, s.health, s.health_band, s.lapsed,
                               s.churned, s.revenue_12m, x.factors
                        from customer c join app_user u on u.id = c.owner_id left join customer_score s on s.customer_id = c.id
                        left join customer_score_factors x on x.customer_id = c.id
                        where c.id = ?""")
                .param(customerId)
                .query((rs, n) -> new CustomerCard(JdbcCustomers.customer(rs), rs.getString("display_name"),
                        rs.getDate("computed_on") == null ? null : scores(rs),
                        rs.getDate("computed_on") == null ? null : rs.getDate("computed_on").toLocalDate(),
                        JdbcCustomers.override(rs, LocalDate.now(clock))))
                .optional();
    }

    @Override
    public List<SegmentMonth> segmentHistory(long customerId, int months) {
        return jdbc.sql("""
                        select month, segment, rfm_group, health, revenue_12m from customer_segment_month
                        where customer_id = ? order by month desc limit ?""")
                .params(customerId, months)
                .query((rs, n) -> new SegmentMonth(rs.getDate("month").toLocalDate(), Segment.valueOf(rs.getString("segment")),
                        group(rs.getString("rfm_group")), rs.getInt("health"), rs.getBigDecimal("revenue_12m")))
                .list();
    }

    @Override
    public List<CustomerChange> changes(long customerId, int most) {
        return jdbc.sql("""
                        select ch.at, u.display_name, ch.kind, ch.details from customer_change ch
                        left join app_user u on u.id = ch.by_user_id
                        where ch.customer_id = ? order by ch.at desc, ch.id desc limit ?""")
                .params(customerId, most)
                .query((rs, n) -> new CustomerChange(rs.getTimestamp("at").toInstant(), rs.getString("display_name"),
                        rs.getString("kind"), List.of((String[]) rs.getArray("details").getArray())))
                .list();
    }

    private static CustomerScores scores(ResultSet rs) throws SQLException {
        return new CustomerScores(rs.getLong("id"), Segment.valueOf(rs.getString("segment")), rs.getBoolean("least_profitable"),
                rs.getBigDecimal("margin_after_service"), (Integer) rs.getObject("recency", Integer.class),
                (Integer) rs.getObject("frequency", Integer.class), (Integer) rs.getObject("money", Integer.class),
                group(rs.getString("rfm_group")), (Integer) rs.getObject("potential", Integer.class), rs.getInt("health"),
                Health.Band.valueOf(rs.getString("health_band")), rs.getBoolean("lapsed"), rs.getBoolean("churned"),
                rs.getBigDecimal("revenue_12m"), CustomerScores.readFactors(rs.getString("factors")));
    }

    private static CustomerRow row(ResultSet rs) throws SQLException {
        String segment = rs.getString("segment");
        String band = rs.getString("health_band");
        return new CustomerRow(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getString("region"),
                rs.getString("display_name"), ServiceChannel.valueOf(rs.getString("channel")),
                segment == null ? null : Segment.valueOf(segment), group(rs.getString("rfm_group")),
                (Integer) rs.getObject("health", Integer.class), band == null ? null : Health.Band.valueOf(band),
                (Integer) rs.getObject("potential", Integer.class), rs.getBoolean("lapsed"), rs.getBoolean("churned"),
                rs.getBoolean("least_profitable"), rs.getBigDecimal("revenue_12m"));
    }

    private static RfmGroup group(String name) {
        return name == null ? null : RfmGroup.valueOf(name);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
