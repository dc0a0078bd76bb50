package com.followup.persistence.portfolio;

import com.followup.domain.portfolio.Abc;
import com.followup.domain.portfolio.CustomerFigures;
import com.followup.domain.portfolio.CustomerScores;
import com.followup.domain.portfolio.LeastProfitable;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.PortfolioScoring;
import com.followup.domain.portfolio.ScoringPeriod;
import com.followup.domain.portfolio.ServiceChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The recompute's reading and writing: one statement sums every customer's sale lines, overdue receivables and
 * follow-ups (the items linked to the customer); one writes every score and its factors (a table of their own, so
 * that lists read narrow rows), notes segment moves on the customer's history and keeps the month's segments.
 */
@Repository
class JdbcPortfolioFigures implements PortfolioFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPortfolioFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PortfolioScoring scoring() {
        Abc abc = jdbc.sql("select a_share, b_share, basis from portfolio_settings where id = 1")
                .query((rs, n) -> new Abc(rs.getInt("a_share"), rs.getInt("b_share"), Abc.Basis.valueOf(rs.getString("basis"))))
                .optional().orElse(Abc.USUAL);
        Map<ServiceChannel, BigDecimal> costs = new EnumMap<>(ServiceChannel.class);
        jdbc.sql("select channel, cost_per_order from channel_cost").query((rs, n) ->
                costs.put(ServiceChannel.valueOf(rs.getString("channel")), rs.getBigDecimal("cost_per_order"))).list();
        return new PortfolioScoring(abc, new LeastProfitable(costs));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerFigures> figures(ScoringPeriod period) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        with sales as (
                            select customer_id, array_agg(distinct day order by day) as days,
                                   coalesce(sum(amount) filter (where day >= :yearStart), 0) as revenue,
                                   sum(amount - cost) filter (where day >= :yearStart and cost is not null) as margin,
                                   count(distinct day) filter (where day >= :yearStart) as orders,
                                   coalesce(sum(amount) filter (where day >= :quarterStart), 0) as quarter,
                                   coalesce(sum(amount) filter (where day between :beforeStart and :beforeEnd), 0) as quarter_before,
                                   array_agg(distinct family) filter (where day >= :yearStart) as families
                            from sale_line where day <= :today group by customer_id),
                        receivables as (
                            select customer_id, count(*) as overdue from item
                            where customer_id is not null and area = 'ADMINISTRATION' and status <> 'CLOSED' and deadline < :now
                            group by 1),
                        follow_ups as (
                            select customer_id, sum(due) as due, sum(on_time) as on_time from (
                                select i.customer_id, count(*) as due, count(*) filter (where f.on_time) as on_time
                                from follow_up f join item i on i.id = f.item_id
                                where i.customer_id is not null and f.due_at >= :since and f.due_at < :now group by 1
                                union all
                                select customer_id, count(*), 0 from item
                                where customer_id is not null and status <> 'CLOSED' and next_due_at >= :since
                                  and next_due_at < :now group by 1) both_kinds
                            group by customer_id)
                        select c.id, c.type, c.region, c.channel, c.potential_per_year, s.days, s.revenue, s.margin, s.orders,
                               s.quarter, s.quarter_before, s.families, r.overdue, f.due, f.on_time
                        from customer c left join sales s on s.customer_id = c.id
                        left join receivables r on r.customer_id = c.id
                        left join follow_ups f on f.customer_id = c.id
                        order by c.id""")
                .param("yearStart", Date.valueOf(period.yearStart()))
                .param("quarterStart", Date.valueOf(period.quarterStart()))
                .param("beforeStart", Date.valueOf(period.quarterYearBeforeStart()))
                .param("beforeEnd", Date.valueOf(period.quarterYearBeforeEnd()))
                .param("today", Date.valueOf(period.today()))
                .param("since", Timestamp.from(period.followUpsSince().atStartOfDay(clock.getZone()).toInstant()))
                .param("now", now)
                .query((rs, n) -> figures(rs))
                .list();
    }

    private static CustomerFigures figures(ResultSet rs) throws SQLException {
        List<LocalDate> days = array(rs, "days", value -> ((Date) value).toLocalDate());
        return new CustomerFigures(rs.getLong("id"), rs.getString("type"), rs.getString("region"),
                ServiceChannel.valueOf(rs.getString("channel")), rs.getBigDecimal("potential_per_year"), days,
                orZero(rs.getBigDecimal("revenue")), rs.getBigDecimal("margin"), rs.getInt("orders"),
                orZero(rs.getBigDecimal("quarter")), orZero(rs.getBigDecimal("quarter_before")),
                Set.copyOf(array(rs, "families", String.class::cast)), rs.getInt("overdue"), rs.getInt("due"),
                rs.getInt("on_time"));
    }

    private static <T> List<T> array(ResultSet rs, String column, Function<Object, T> element) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(element).toList();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    @Override
    @Transactional
    public void store(List<CustomerScores> scores, LocalDate today) {
        // two recomputes at once (nightly and on demand, or two instances) write one after the other, so moves are noted once
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portfolio-recompute'))").query((rs, n) -> n).list();
        jdbc.sql("""
                        with fresh as (
                            select * from unnest(cast(:ids as bigint[]), cast(:segments as text[]), cast(:least as boolean[]),
                                   cast(:margins as numeric[]), cast(:recency as smallint[]), cast(:frequency as smallint[]),
                                   cast(:money as smallint[]), cast(:groups as text[]), cast(:potential as smallint[]),
                                   cast(:health as smallint[]), cast(:bands as text[]), cast(:lapsed as boolean[]),
                                   cast(:churned as boolean[]), cast(:revenue as numeric[]), cast(:factors as text[]))
                                   as t(customer_id, segment, least_profitable, margin_after_service, recency, frequency, money,
                                        rfm_group, potential, health, health_band, lapsed, churned, revenue_12m, factors)),
                        moved as (
                            insert into customer_change (customer_id, at, kind, details)
                            select f.customer_id, :at, 'SEGMENT_MOVED', array[o.segment::text, f.segment]
                            from fresh f join customer_score o on o.customer_id = f.customer_id where o.segment <> f.segment),
                        month as (
                            insert into customer_segment_month (customer_id, month, segment, rfm_group, health, revenue_12m)
                            select customer_id, :month, segment, rfm_group, health, revenue_12m from fresh
                            on conflict (customer_id, month) do update set segment = excluded.segment,
                                rfm_group = excluded.rfm_group, health = excluded.health, revenue_12m = excluded.revenue_12m),
                        explained as (
                            insert into customer_score_factors (customer_id, factors) select customer_id, factors from fresh
                            on conflict (customer_id) do update set factors = excluded.factors)
                        insert into customer_score (customer_id, computed_on, segment, least_profitable, margin_after_service,
                               recency, frequency, money, rfm_group, potential, health, health_band, lapsed, churned,
                               revenue_12m)
                        select customer_id, :today, segment, least_profitable, margin_after_service, recency, frequency, money,
                               rfm_group, potential, health, health_band, lapsed, churned, revenue_12m from fresh
                        on conflict (customer_id) do update set computed_on = excluded.computed_on, segment = excluded.segment,
                            least_profitable = excluded.least_profitable, margin_after_service = excluded.margin_after_service,
                            recency = excluded.recency, frequency = excluded.frequency, money = excluded.money,
                            rfm_group = excluded.rfm_group, potential = excluded.potential, health = excluded.health,
                            health_band = excluded.health_band, lapsed = excluded.lapsed, churned = excluded.churned,
                            revenue_12m = excluded.revenue_12m""")
                .param("ids", column(scores, s -> s.customerId()))
                .param("segments", column(scores, CustomerScores::segment))
                .param("least", column(scores, CustomerScores::leastProfitable))
                .param("margins", column(scores, CustomerScores::marginAfterService))
                .param("recency", column(scores, CustomerScores::recency))
                .param("frequency", column(scores, CustomerScores::frequency))
                .param("money", column(scores, CustomerScores::money))
                .param("groups", column(scores, CustomerScores::rfmGroup))
                .param("potential", column(scores, CustomerScores::potential))
                .param("health", column(scores, CustomerScores::health))
                .param("bands", column(scores, CustomerScores::healthBand))
                .param("lapsed", column(scores, CustomerScores::lapsed))
                .param("churned", column(scores, CustomerScores::churned))
                .param("revenue", column(scores, CustomerScores::revenue12m))
                .param("factors", column(scores, CustomerScores::writtenFactors))
                .param("at", Timestamp.from(clock.instant()))
                .param("month", Date.valueOf(today.withDayOfMonth(1)))
                .param("today", Date.valueOf(today))
                .update();
    }

    /** One column of the scores as text, cast by PostgreSQL to its type; null stays null. */
    private static String[] column(List<CustomerScores> scores, Function<CustomerScores, Object> value) {
        return scores.stream().map(value).map(v -> v == null ? null : v instanceof BigDecimal d ? d.toPlainString()
                : String.valueOf(v)).toArray(String[]::new);
    }
}
