package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.Counted;
import com.followup.domain.portfolio.PortfolioLists.CustomerQuery;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.SegmentFigures;
import com.followup.domain.portfolio.SegmentMove;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portfolio dashboard counted by PostgreSQL on a small known portfolio of one owner, and every count equal to
 * the total of the portfolio list it links to.
 */
@PersistenceTest
class PortfolioDashboardsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    /** October to December; the earlier period is July to September. */
    private static final DateRange QUARTER = DateRange.quarterOf(TODAY, ZONE);

    @Autowired PortfolioDashboards dashboards;
    @Autowired PortfolioLists lists;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioFigures figures;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void each_segments_figures_and_channel_cells_are_counted_in_one_statement_and_each_count_lists_as_many_customers() {
        long owner = owner();
        Customer a1 = customer("A1", owner, ServiceChannel.VISIT, Segment.A, true, Segment.B);
        Customer a2 = customer("A2", owner, ServiceChannel.CALL, Segment.A, false, Segment.A);
        Customer b1 = customer("B1", owner, ServiceChannel.CALL, Segment.B, false, Segment.A);
        customer("C1", owner, ServiceChannel.EMAIL, Segment.C, false, Segment.C);
        Customer unscored = customers.save(new Customer(null, "U " + System.nanoTime(), null, "Industry", "North", owner,
                ServiceChannel.EMAIL, null, 0));
        sales.add(List.of(line(a1, LocalDate.of(2026, 8, 10), "Chairs", "1000", "600"),
                line(a1, LocalDate.of(2026, 11, 5), "Desks", "5000", "3000"),
                line(a1, LocalDate.of(2026, 11, 5), "Chairs", "1000", null),
                line(a2, LocalDate.of(2026, 9, 1), "Chairs", "2000", "1000"),
                line(b1, LocalDate.of(2026, 10, 20), "Desks", "3000", "2000"),
                line(unscored, LocalDate.of(2026, 11, 1), "Chairs", "500", null)));

        PortfolioDashboards.Overview overview = dashboards.overview(QUARTER, owner);

        SegmentFigures a = overview.segments().get(0);
        // A1 bought in both periods (2 products, 6,000; margin 2,000 on the 5,000 with a cost); A2 only before
        assertThat(a).isEqualTo(new SegmentFigures(Segment.A, 2, 1, 2, 1, new BigDecimal("6000.00"),
                new BigDecimal("5000.00"), new BigDecimal("2000.00"), 2, new BigDecimal("20000.00"), 1));
        assertThat(a.retention().percent()).contains(50);
        assertThat(overview.segments().get(1)).extracting(SegmentFigures::customers, SegmentFigures::active,
                SegmentFigures::activeBefore, SegmentFigures::productsBought).containsExactly(1L, 1L, 0L, 1L);
        assertThat(overview.segments().get(2)).extracting(SegmentFigures::customers, SegmentFigures::active)
                .containsExactly(1L, 0L);
        // the unscored customer counts in the whole portfolio only
        assertThat(overview.all()).extracting(SegmentFigures::customers, SegmentFigures::active,
                SegmentFigures::activeBefore, SegmentFigures::retained).containsExactly(5L, 3L, 2L, 1L);
        assertThat(overview.all().revenue()).isEqualByComparingTo("9500");
        assertThat(overview.cells()).extracting(PortfolioDashboards.ChannelCell::channel, PortfolioDashboards.ChannelCell::segment,
                        PortfolioDashboards.ChannelCell::customers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceChannel.VISIT, Segment.A, 1L),
                        org.assertj.core.groups.Tuple.tuple(ServiceChannel.CALL, Segment.A, 1L),
                        org.assertj.core.groups.Tuple.tuple(ServiceChannel.CALL, Segment.B, 1L),
                        org.assertj.core.groups.Tuple.tuple(ServiceChannel.EMAIL, Segment.C, 1L));

        for (SegmentFigures f : overview.rows()) {
            assertThat(listed(f.segment(), owner, null, null, null)).isEqualTo(f.customers());
            assertThat(listed(f.segment(), owner, null, null, counted(Counted.Kind.ACTIVE, QUARTER))).isEqualTo(f.active());
            assertThat(listed(f.segment(), owner, null, null,
                    counted(Counted.Kind.ACTIVE, SegmentFigures.earlierPeriod(QUARTER)))).isEqualTo(f.activeBefore());
            assertThat(listed(f.segment(), owner, null, null, counted(Counted.Kind.RETAINED, QUARTER))).isEqualTo(f.retained());
            assertThat(listed(f.segment(), owner, null, null, counted(Counted.Kind.LOST, QUARTER))).isEqualTo(f.lost());
            assertThat(listed(f.segment(), owner, null, f.segment() == null ? null : true, null)).isEqualTo(
                    f.segment() == null ? overview.all().customers() : f.lapsed());
        }
        for (PortfolioDashboards.ChannelCell cell : overview.cells()) {
            assertThat(listed(cell.segment(), owner, cell.channel(), null, null)).isEqualTo(cell.customers());
        }
        assertThat(listed(null, owner, null, null, counted(Counted.Kind.LOST, QUARTER)))
                .isEqualTo(1).isEqualTo(overview.all().lost());
        assertThat(lists.search(query(null, owner, null, true, new Counted(Counted.Kind.A_B, null, null, null))).rows())
                .extracting(PortfolioLists.CustomerRow::id).containsExactly(a1.id());
    }

    @Test
    void a_calendar_period_read_from_its_kept_rows_counts_as_the_same_days_read_from_the_lines() {
        long owner = owner();
        Customer a1 = customer("A1", owner, ServiceChannel.VISIT, Segment.A, false, Segment.A);
        Customer b1 = customer("B1", owner, ServiceChannel.CALL, Segment.B, false, Segment.B);
        customer("C1", owner, ServiceChannel.EMAIL, Segment.C, false, Segment.C);
        // two imports into the same customer and month: the kept row adds the second to the first
        sales.add(List.of(line(a1, LocalDate.of(2026, 10, 2), "Chairs", "1000", "600"),
                line(b1, LocalDate.of(2026, 12, 31), "Desks", "3000", null)));
        sales.add(List.of(line(a1, LocalDate.of(2026, 10, 30), "Chairs", "500", "100"),
                line(a1, LocalDate.of(2026, 10, 30), "Lamps", "200", null),
                line(a1, LocalDate.of(2026, 9, 30), "Chairs", "999", null)));
        // October 1 to December 31 as a range that is not a calendar period: read from the lines
        DateRange days = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ZONE);
        DateRange withLastDay = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1), ZONE);
        assertThat(PortfolioPredicates.kept(withLastDay)).isEqualTo("quarter");
        assertThat(PortfolioPredicates.kept(days)).isEqualTo("lines");
        assertThat(PortfolioPredicates.kept(DateRange.monthOf(TODAY, ZONE))).isEqualTo("month");
        assertThat(PortfolioPredicates.kept(DateRange.yearOf(TODAY, ZONE))).isEqualTo("year");
        assertThat(PortfolioPredicates.kept(DateRange.weekOf(TODAY, ZONE))).isEqualTo("lines");

        PortfolioDashboards.Overview kept = dashboards.overview(QUARTER, owner);
        PortfolioDashboards.Overview lines = dashboards.overview(days, owner);

        // A1: 1,700 in the quarter, 2 products, margin 800 on the 1,500 with a cost; B1's line is on Dec 31
        assertThat(kept.segments().get(0)).extracting(SegmentFigures::active, SegmentFigures::revenue,
                        SegmentFigures::costedRevenue, SegmentFigures::margin, SegmentFigures::productsBought)
                .containsExactly(1L, new BigDecimal("1700.00"), new BigDecimal("1500.00"), new BigDecimal("800.00"), 2L);
        assertThat(lines.segments().get(0)).extracting(SegmentFigures::active, SegmentFigures::revenue,
                        SegmentFigures::costedRevenue, SegmentFigures::margin, SegmentFigures::productsBought)
                .containsExactly(1L, new BigDecimal("1700.00"), new BigDecimal("1500.00"), new BigDecimal("800.00"), 2L);
        assertThat(kept.segments().get(1).active()).isEqualTo(1);
        assertThat(lines.segments().get(1).active()).isZero();
        assertThat(kept.all().activeBefore()).isEqualTo(1).isEqualTo(
                listed(null, owner, null, null, counted(Counted.Kind.ACTIVE, SegmentFigures.earlierPeriod(QUARTER))));
        assertThat(listed(null, owner, null, null, counted(Counted.Kind.ACTIVE, days))).isEqualTo(lines.all().active())
                .isEqualTo(1);
        assertThat(listed(null, owner, null, null, counted(Counted.Kind.ACTIVE, QUARTER))).isEqualTo(kept.all().active())
                .isEqualTo(2);

        // every kept row is its customer's lines of that month, quarter and year, added up again
        assertThat(jdbc.sql("""
                        select count(*) from customer_period_sales k full join (
                            select p.period, cast(date_trunc(p.period, l.day) as date) as starts_on, l.customer_id,
                                   sum(l.amount) as revenue, cast(array_agg(distinct l.product order by l.product) as text[]) as products
                            from sale_line l cross join (values ('month'), ('quarter'), ('year')) p(period)
                            where l.customer_id in (?, ?) group by 1, 2, 3) x using (period, starts_on, customer_id)
                        where (k.customer_id in (?, ?) or x.customer_id is not null)
                          and (k.revenue is distinct from x.revenue or k.products is distinct from x.products)""")
                .params(a1.id(), b1.id(), a1.id(), b1.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select products from customer_period_sales where period = 'month' and customer_id = ? and starts_on = ?")
                .params(a1.id(), LocalDate.of(2026, 10, 1)).query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .single()).containsExactly("Chairs", "Lamps");
    }

    @Test
    void movement_counts_customers_by_their_kept_segment_and_todays_and_each_cell_lists_as_many() {
        long owner = owner();
        customer("Up", owner, ServiceChannel.VISIT, Segment.A, false, Segment.B);
        customer("Stayed", owner, ServiceChannel.CALL, Segment.A, false, Segment.A);
        Customer down = customer("Down", owner, ServiceChannel.CALL, Segment.C, false, Segment.A);
        LocalDate month = SegmentMove.comparedMonth(TODAY);

        List<SegmentMove> moves = dashboards.moves(month, owner);

        assertThat(moves).containsExactly(new SegmentMove(Segment.A, Segment.A, 1), new SegmentMove(Segment.A, Segment.C, 1),
                new SegmentMove(Segment.B, Segment.A, 1));
        for (SegmentMove move : moves) {
            assertThat(listed(move.now(), owner, null, null, new Counted(Counted.Kind.MOVED, null, month, move.was())))
                    .isEqualTo(move.customers());
        }
        assertThat(lists.search(query(null, owner, null, null, new Counted(Counted.Kind.MOVED_DOWN, null, month, null)))
                .rows()).extracting(PortfolioLists.CustomerRow::id).containsExactly(down.id());
        assertThat(dashboards.moves(month.minusMonths(1), owner)).isEmpty();
    }

    @Test
    void the_trends_past_weeks_are_read_as_the_recompute_kept_them_until_a_line_is_added_to_one() {
        long owner = owner();
        Customer a = customer("Weekly A", owner, ServiceChannel.VISIT, Segment.A, false, Segment.A);
        Customer b = customer("Weekly B", owner, ServiceChannel.CALL, Segment.B, false, Segment.B);
        List<DateRange> weeks = DateRange.weeksUpTo(TODAY, PortfolioDashboards.TREND_WEEKS, ZONE);
        DateRange third = weeks.get(2);
        DateRange current = weeks.get(weeks.size() - 1);
        sales.add(List.of(line(a, third.from(), "Chairs", "1000", null), line(a, third.from().plusDays(2), "Desks", "500", null),
                line(b, third.from().plusDays(6), "Chairs", "300", null), line(a, current.from(), "Chairs", "200", null)));
        List<PortfolioDashboards.WeekSales> live = dashboards.weeks(weeks, null);

        figures.store(List.of(), TODAY); // the recompute keeps the 13 weeks before today's, four rows each

        assertThat(jdbc.sql("select count(*) from portfolio_week_sales where week >= ? and week < ?")
                .params(current.from().minusWeeks(PortfolioDashboards.TREND_WEEKS), current.from()).query(Long.class).single())
                .isEqualTo(52).isEqualTo(jdbc.sql("select count(*) from portfolio_week_sales").query(Long.class).single());
        assertThat(jdbc.sql("select count(*) from portfolio_week_sales where week = ?").param(current.from())
                .query(Long.class).single()).isZero();
        assertThat(dashboards.weeks(weeks, null)).isEqualTo(live);
        // the kept rows are what is read (changed by hand here), for everyone's customers only
        jdbc.sql("update portfolio_week_sales set customers = customers + 7 where week = ? and segment = 'A'")
                .param(third.from()).update();
        assertThat(week(dashboards.weeks(weeks, null), third, Segment.A).customers())
                .isEqualTo(week(live, third, Segment.A).customers() + 7);
        assertThat(week(dashboards.weeks(weeks, owner), third, Segment.A))
                .isEqualTo(new PortfolioDashboards.WeekSales(third, Segment.A, 1, new BigDecimal("1500.00")));
        // a line added to a kept week (an import): that week is read from its lines again, the others stay kept
        Customer c = customer("Weekly C", owner, ServiceChannel.EMAIL, Segment.C, false, Segment.C);
        sales.add(List.of(line(c, third.from().plusDays(1), "Chairs", "50", null)));
        List<PortfolioDashboards.WeekSales> after = dashboards.weeks(weeks, null);
        assertThat(week(after, third, Segment.A)).isEqualTo(week(live, third, Segment.A));
        assertThat(week(after, third, null).customers()).isEqualTo(week(live, third, null).customers() + 1);
        assertThat(week(after, third, Segment.C).revenue()).isEqualByComparingTo(
                week(live, third, Segment.C).revenue().add(new BigDecimal("50")));
        assertThat(jdbc.sql("select count(*) from portfolio_week_sales").query(Long.class).single()).isEqualTo(48);
    }

    private static PortfolioDashboards.WeekSales week(List<PortfolioDashboards.WeekSales> weeks, DateRange week, Segment segment) {
        return weeks.stream().filter(w -> w.week().equals(week) && w.segment() == segment).findFirst()
                .orElse(new PortfolioDashboards.WeekSales(week, segment, 0, BigDecimal.ZERO));
    }

    @Test
    void market_sizes_are_kept_with_a_version_and_a_stale_save_is_refused() {
        MarketSizes read = dashboards.marketSizes();
        MarketSizes saved = dashboards.save(new MarketSizes(Map.of(Segment.A, new BigDecimal("2000000")), read.version()));

        assertThat(saved.of(Segment.A)).isEqualByComparingTo("2000000");
        assertThat(saved.of(Segment.B)).isNull();
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> dashboards.save(read)).isInstanceOf(ConcurrentChangeException.class);
    }

    private long listed(Segment segment, long owner, ServiceChannel channel, Boolean lapsed, Counted counted) {
        return lists.search(new CustomerQuery(segment, null, owner, channel, null, lapsed, null, PortfolioLists.Sort.NAME,
                0, 50, counted)).total();
    }

    private static CustomerQuery query(Segment segment, long owner, ServiceChannel channel, Boolean lapsed, Counted counted) {
        return new CustomerQuery(segment, null, owner, channel, null, lapsed, null, PortfolioLists.Sort.NAME, 0, 50, counted);
    }

    private static Counted counted(Counted.Kind kind, DateRange period) {
        return new Counted(kind, period, null, null);
    }

    private long owner() {
        return accounts.save(UserAccount.create("dash" + System.nanoTime() % 1_000_000, "Owner", "{noop}x", Role.STAFF,
                Set.of(Area.SALES))).id();
    }

    /** A customer scored into {@code segment} today, and kept in {@code was} for the month movement compares with. */
    private Customer customer(String name, long owner, ServiceChannel channel, Segment segment, boolean lapsed, Segment was) {
        Customer customer = customers.save(new Customer(null, name + " " + System.nanoTime(), null, "Industry", "North",
                owner, channel, null, 0));
        jdbc.sql("""
                        insert into customer_score (customer_id, computed_on, segment, least_profitable, health, health_band,
                                                    lapsed, churned, revenue_12m)
                        values (?, ?, ?, false, 50, 'AMBER', ?, false, 10000)""")
                .params(customer.id(), TODAY, segment.name(), lapsed).update();
        jdbc.sql("insert into customer_segment_month (customer_id, month, segment, health, revenue_12m) values (?, ?, ?, 50, 0)")
                .params(customer.id(), SegmentMove.comparedMonth(TODAY), was.name()).update();
        return customer;
    }

    private static SaleLine line(Customer customer, LocalDate day, String product, String amount, String cost) {
        return new SaleLine(null, customer.id(), day, product, product, BigDecimal.ONE, Money.of(amount, "MXN"),
                cost == null ? null : new BigDecimal(cost));
    }
}
