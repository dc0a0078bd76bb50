package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.Coverage;
import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentFigures;
import com.followup.domain.portfolio.SegmentMove;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portfolio dashboard: the segments with their coverage (each customer's last contact as V49 keeps it,
 * {@link PortfolioPredicates#CONTACTED}), the whole portfolio and the channel × segment cells in one statement
 * (grouping sets) after the service matrix's, the movement between segments in another, the 13-week trend from the
 * weeks the nightly recompute kept (V48) and the week in progress from its lines. Customers are counted with {@link PortfolioPredicates},
 * as the portfolio list filters them; active in the period ({@link PortfolioPredicates#ACTIVE}: a sale line in it) is
 * read as having bought in it ({@link PortfolioPredicates#BOUGHT}: a calendar period's kept rows, else its lines
 * grouped once), rather than probed customer by customer.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPortfolioDashboards implements PortfolioDashboards {

    private final JdbcClient jdbc;
    private final ServiceMatrices matrices;
    private final Clock clock;

    JdbcPortfolioDashboards(JdbcClient jdbc, ServiceMatrices matrices, Clock clock) {
        this.jdbc = jdbc;
        this.matrices = matrices;
        this.clock = clock;
    }

    @Override
    public Overview overview(DateRange period, Long ownerId) {
        List<SegmentFigures> segments = new ArrayList<>();
        List<ChannelCell> cells = new ArrayList<>();
        SegmentFigures[] all = {empty(null)};
        Map<Segment, long[]> covered = new EnumMap<>(Segment.class);
        ServiceMatrix matrix = matrices.current();
        PortfolioPredicates.contactedSince(PortfolioPredicates.period(jdbc.sql("""
                        with bought as (<bought>),
                        judged as (
                            select c.id, c.channel, c.owner_id, b.revenue, b.costed, b.margin, b.products,
                                   b.customer_id is not null as active, <active_before> as active_before
                            from customer c left join bought b on b.customer_id = c.id)
                        select grouping(s.segment) as every_segment, grouping(c.channel) as every_channel, s.segment, c.channel,
                               count(*) as customers,
                               count(*) filter (where c.active) as active,
                               count(*) filter (where c.active_before) as active_before,
                               count(*) filter (where c.active and c.active_before) as retained,
                               coalesce(sum(c.revenue), 0) as revenue, coalesce(sum(c.costed), 0) as costed,
                               coalesce(sum(c.margin), 0) as margin, coalesce(sum(c.products), 0) as products,
                               coalesce(sum(s.revenue_12m), 0) as revenue_12m, count(*) filter (where s.lapsed) as lapsed,
                               count(*) filter (where s.segment is not null and <contacted>) as covered
                        from judged c left join customer_score s on s.customer_id = c.id
                        left join customer_contact k on k.customer_id = c.id
                        where cast(:owner as bigint) is null or c.owner_id = :owner
                        group by grouping sets ((s.segment), (s.segment, c.channel), ())"""
                        .replace("<bought>", PortfolioPredicates.BOUGHT)
                        .replace("<active_before>", PortfolioPredicates.ACTIVE_BEFORE)
                        .replace("<contacted>", PortfolioPredicates.CONTACTED))
                .param("owner", ownerId), period), matrix, clock)
                .query(rs -> {
                    Segment segment = segment(rs.getString("segment"));
                    if (rs.getInt("every_segment") == 1) {
                        all[0] = figures(null, rs);
                    } else if (segment == null) {
                        return; // customers not scored yet: in the whole portfolio only
                    } else if (rs.getInt("every_channel") == 1) {
                        segments.add(figures(segment, rs));
                        covered.put(segment, new long[] {rs.getLong("customers"), rs.getLong("covered")});
                    } else {
                        cells.add(new ChannelCell(segment, ServiceChannel.valueOf(rs.getString("channel")),
                                rs.getLong("customers"), rs.getBigDecimal("revenue"), rs.getBigDecimal("margin")));
                    }
                });
        List<SegmentFigures> each = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            each.add(segments.stream().filter(f -> f.segment() == segment).findFirst().orElse(empty(segment)));
        }
        cells.sort(java.util.Comparator.comparing(ChannelCell::channel).thenComparing(ChannelCell::segment));
        List<Coverage> coverage = java.util.Arrays.stream(Segment.values()).map(segment -> {
            long[] found = covered.getOrDefault(segment, new long[2]);
            return new Coverage(segment, matrix.level(segment).everyDays(), found[0], found[1]);
        }).toList();
        return new Overview(each, all[0], cells, coverage);
    }

    @Override
    public List<WeekSales> weeks(List<DateRange> weeks, Long ownerId) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < weeks.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:f").append(i)
                    .append(" as date), cast(:t").append(i).append(" as date))");
        }
        // a customer who bought in the week is one with a sale line in it: PortfolioPredicates.ACTIVE, week by week;
        // the weeks the recompute kept (V48, by today's segments, everyone's customers) are read as kept, the others
        // (the week in progress, a week an import added to) from their lines
        JdbcClient.StatementSpec statement = jdbc.sql("""
                with w(n, f, t) as (values <values>),
                kept as (select w.n, nullif(k.segment, '-') as segment, k.customers, k.revenue
                         from w join portfolio_week_sales k on k.week = w.f where cast(:owner as bigint) is null),
                bought as (select w.n, l.customer_id, sum(l.amount) as revenue
                           from w join sale_line l on l.day >= w.f and l.day < w.t
                           where not exists (select 1 from kept where kept.n = w.n) group by w.n, l.customer_id),
                live as (select b.n, s.segment, count(*) as customers, sum(b.revenue) as revenue
                         from bought b join customer c on c.id = b.customer_id
                         left join customer_score s on s.customer_id = c.id
                         where cast(:owner as bigint) is null or c.owner_id = :owner group by b.n, s.segment),
                together as (select * from kept union all select * from live)
                select n, grouping(segment) as every_segment, segment, sum(customers) as customers,
                       coalesce(sum(revenue), 0) as revenue
                from together group by grouping sets ((n, segment), (n)) having sum(customers) > 0 order by n"""
                .replace("<values>", values)).param("owner", ownerId);
        for (int i = 0; i < weeks.size(); i++) {
            statement = statement.param("f" + i, weeks.get(i).from()).param("t" + i, weeks.get(i).to());
        }
        List<WeekSales> found = new ArrayList<>();
        statement.query(rs -> {
            Segment segment = segment(rs.getString("segment"));
            boolean all = rs.getInt("every_segment") == 1;
            if (all || segment != null) {
                found.add(new WeekSales(weeks.get(rs.getInt("n")), all ? null : segment, rs.getLong("customers"),
                        rs.getBigDecimal("revenue")));
            }
        });
        return found;
    }

    private static SegmentFigures figures(Segment segment, ResultSet rs) throws SQLException {
        return new SegmentFigures(segment, rs.getLong("customers"), rs.getLong("active"), rs.getLong("active_before"),
                rs.getLong("retained"), rs.getBigDecimal("revenue"), rs.getBigDecimal("costed"), rs.getBigDecimal("margin"),
                rs.getLong("products"), rs.getBigDecimal("revenue_12m"), rs.getLong("lapsed"));
    }

    private static SegmentFigures empty(Segment segment) {
        return new SegmentFigures(segment, 0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0,
                BigDecimal.ZERO, 0);
    }

    @Override
    public List<SegmentMove> moves(LocalDate month, Long ownerId) {
        return jdbc.sql("""
                        select m.segment as was, s.segment as now, count(*) as customers
                        from customer c join customer_segment_month m on m.customer_id = c.id and m.month = :month
                        join customer_score s on s.customer_id = c.id
                        where cast(:owner as bigint) is null or c.owner_id = :owner
                        group by 1, 2 order by 1, 2""")
                .param("month", month).param("owner", ownerId)
                .query((rs, n) -> new SegmentMove(Segment.valueOf(rs.getString("was")), Segment.valueOf(rs.getString("now")),
                        rs.getLong("customers")))
                .list();
    }

    @Override
    public MarketSizes marketSizes() {
        return jdbc.sql("select * from portfolio_market where id = 1").query((rs, n) -> sizes(rs)).single();
    }

    @Override
    @Transactional
    public MarketSizes save(MarketSizes sizes) {
        return jdbc.sql("""
                        update portfolio_market set a_size = :a, b_size = :b, c_size = :c, version = version + 1
                        where id = 1 and version = :version returning *""")
                .param("a", sizes.of(Segment.A)).param("b", sizes.of(Segment.B)).param("c", sizes.of(Segment.C))
                .param("version", sizes.version())
                .query((rs, n) -> sizes(rs)).optional()
                .orElseThrow(() -> new ConcurrentChangeException("market sizes"));
    }

    private static MarketSizes sizes(ResultSet rs) throws SQLException {
        Map<Segment, BigDecimal> sizes = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            BigDecimal size = rs.getBigDecimal(segment.name().toLowerCase(Locale.ROOT) + "_size");
            if (size != null) {
                sizes.put(segment, size);
            }
        }
        return new MarketSizes(sizes, rs.getLong("version"));
    }

    private static Segment segment(String name) {
        return name == null ? null : Segment.valueOf(name);
    }
}
