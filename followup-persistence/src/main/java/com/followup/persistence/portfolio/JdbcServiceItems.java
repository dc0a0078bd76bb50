package com.followup.persistence.portfolio;

import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceItems;
import com.followup.domain.portfolio.ServicePlan;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The portfolio's generated items, written in one statement per kind. The partial unique indexes of V35 keep one
 * open service item per customer and one lapse item per lapse: a row another instance wrote first is skipped.
 */
@Repository
@Transactional
class JdbcServiceItems implements ServiceItems {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcServiceItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void takeTurn() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('portfolio-follow-ups'))").query((rs, n) -> n).list();
    }

    @Override
    public List<ServicePlan.Customer> customers() {
        return jdbc.sql("""
                        select c.id, c.name, c.owner_id, s.segment,
                               (select max(f.done_at) from item i join follow_up f on f.item_id = i.id
                                where i.customer_id = c.id) as last_contact,
                               o.id as item_id, o.rule_id, o.rule_revision, o.status, o.next_due_at
                        from customer c join customer_score s on s.customer_id = c.id
                        left join item o on o.customer_id = c.id and o.portfolio_purpose = 'SERVICE' and o.status <> 'CLOSED'
                        order by c.id""")
                .query((rs, n) -> {
                    Instant lastContact = SqlTimes.instant(rs, "last_contact");
                    ServicePlan.OpenItem item = rs.getObject("item_id") == null ? null
                            : new ServicePlan.OpenItem(rs.getLong("item_id"), rs.getLong("rule_id"), rs.getLong("rule_revision"),
                            "POSTPONED".equals(rs.getString("status")), SqlTimes.instant(rs, "next_due_at"));
                    return new ServicePlan.Customer(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"),
                            Segment.valueOf(rs.getString("segment")),
                            lastContact == null ? null : lastContact.atZone(clock.getZone()).toLocalDate(), item);
                }).list();
    }

    @Override
    public int open(List<ServicePlan.Open> opens, String stage, ZonedDateTime at, ZonedDateTime deadline) {
        if (opens.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        with fresh as (
                            select * from unnest(cast(:customers as bigint[]), cast(:names as text[]), cast(:owners as bigint[]),
                                   cast(:rules as bigint[]), cast(:revisions as bigint[]), cast(:dues as timestamptz[]))
                                   as t(customer_id, name, owner_id, rule_id, rule_revision, next_due_at)),
                        opened as (
                            insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at,
                                              deadline, status, next_due_at, stage, rating, conversion_probability,
                                              customer_id, portfolio_purpose)
                            select rule_id, rule_revision, 'SALES', :title, name, owner_id, :at, :deadline, 'OPEN',
                                   next_due_at, :stage, 3, 0, customer_id, 'SERVICE' from fresh
                            on conflict (customer_id) where portfolio_purpose = 'SERVICE' and status <> 'CLOSED' do nothing
                            returning id, title)
                        insert into item_change (item_id, kind, changed_at, details)
                        select id, 'CREATED', :at, array[title] from opened""")
                .param("customers", opens.stream().map(o -> o.customer().customerId()).map(String::valueOf).toArray(String[]::new))
                .param("names", opens.stream().map(o -> o.customer().name()).toArray(String[]::new))
                .param("owners", opens.stream().map(o -> o.customer().ownerId()).map(String::valueOf).toArray(String[]::new))
                .param("rules", opens.stream().map(o -> o.rule().ruleId()).map(String::valueOf).toArray(String[]::new))
                .param("revisions", opens.stream().map(o -> o.rule().version()).map(String::valueOf).toArray(String[]::new))
                .param("dues", opens.stream().map(o -> dueOn(o.dueOn(), at)).toArray(String[]::new))
                .param("title", com.followup.domain.portfolio.PortfolioPurpose.SERVICE_TITLE)
                .param("at", SqlTimes.timestamp(at.toInstant())).param("deadline", SqlTimes.timestamp(deadline.toInstant()))
                .param("stage", stage)
                .update();
    }

    /** Due on the day at the time of {@code at}, as a follow-up set for a day is; never before {@code at}. */
    private static String dueOn(java.time.LocalDate day, ZonedDateTime at) {
        ZonedDateTime due = day.atTime(at.toLocalTime()).atZone(at.getZone());
        return (due.isBefore(at) ? at : due).toInstant().toString();
    }

    @Override
    public int move(List<ServicePlan.Move> moves, Instant at) {
        if (moves.isEmpty()) {
            return 0;
        }
        ZonedDateTime now = at.atZone(clock.getZone());
        return jdbc.sql("""
                        with wanted as (
                            select * from unnest(cast(:items as bigint[]), cast(:rules as bigint[]), cast(:revisions as bigint[]),
                                   cast(:dues as timestamptz[]), cast(:segments as text[]), cast(:days as text[]))
                                   as t(item_id, rule_id, rule_revision, next_due_at, segment, every_days)),
                        moved as (
                            update item i set rule_id = w.rule_id, rule_revision = w.rule_revision,
                                   next_due_at = case when i.status = 'OPEN' then coalesce(w.next_due_at, i.next_due_at)
                                                      else i.next_due_at end,
                                   version = i.version + 1
                            from wanted w where i.id = w.item_id and i.status <> 'CLOSED'
                            returning i.id, w.segment, w.every_days)
                        insert into item_change (item_id, kind, changed_at, details)
                        select id, 'RHYTHM_CHANGED', :at, array[segment, every_days] from moved""")
                .param("items", moves.stream().map(m -> m.customer().openItem().itemId()).map(String::valueOf).toArray(String[]::new))
                .param("rules", moves.stream().map(m -> m.rule().ruleId()).map(String::valueOf).toArray(String[]::new))
                .param("revisions", moves.stream().map(m -> m.rule().version()).map(String::valueOf).toArray(String[]::new))
                .param("dues", moves.stream().map(m -> m.dueOn() == null ? null : dueOn(m.dueOn(), now)).toArray(String[]::new))
                .param("segments", moves.stream().map(m -> m.segment().name()).toArray(String[]::new))
                .param("days", moves.stream().map(m -> String.valueOf(m.everyDays())).toArray(String[]::new))
                .param("at", SqlTimes.timestamp(at))
                .update();
    }

    @Override
    public List<Lapsed> lapsedWithoutItem() {
        return jdbc.sql("""
                        select c.id, c.name, c.owner_id, (select max(day) from sale_line l where l.customer_id = c.id) as last_order
                        from customer c join customer_score s on s.customer_id = c.id
                        where s.lapsed and not exists (
                            select 1 from item i where i.customer_id = c.id and i.portfolio_purpose = 'LAPSE'
                              and i.lapsed_after_order = (select max(day) from sale_line l where l.customer_id = c.id))
                        order by c.id""")
                .query((rs, n) -> new Lapsed(rs.getLong("id"), rs.getString("name"), rs.getLong("owner_id"),
                        rs.getDate("last_order").toLocalDate()))
                .list();
    }

    @Override
    public int openLapses(List<Lapsed> lapsed, ServicePlan.RuleVersion rule, String stage, ZonedDateTime at,
                          ZonedDateTime deadline) {
        if (lapsed.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        with fresh as (
                            select * from unnest(cast(:customers as bigint[]), cast(:names as text[]), cast(:owners as bigint[]),
                                   cast(:orders as date[])) as t(customer_id, name, owner_id, last_order)),
                        opened as (
                            insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at,
                                              deadline, status, next_due_at, stage, rating, conversion_probability,
                                              customer_id, portfolio_purpose, lapsed_after_order)
                            select :rule, :revision, 'SALES', :title, name, owner_id, :at, :deadline, 'OPEN', :at, :stage, 3, 0,
                                   customer_id, 'LAPSE', last_order from fresh
                            on conflict (customer_id, lapsed_after_order) where portfolio_purpose = 'LAPSE' do nothing
                            returning id, title)
                        insert into item_change (item_id, kind, changed_at, details)
                        select id, 'CREATED', :at, array[title] from opened""")
                .param("customers", lapsed.stream().map(Lapsed::customerId).map(String::valueOf).toArray(String[]::new))
                .param("names", lapsed.stream().map(Lapsed::name).toArray(String[]::new))
                .param("owners", lapsed.stream().map(Lapsed::ownerId).map(String::valueOf).toArray(String[]::new))
                .param("orders", lapsed.stream().map(l -> l.lastOrder().toString()).toArray(String[]::new))
                .param("rule", rule.ruleId()).param("revision", rule.version())
                .param("title", com.followup.domain.portfolio.PortfolioPurpose.LAPSE_TITLE)
                .param("at", SqlTimes.timestamp(at.toInstant())).param("deadline", SqlTimes.timestamp(deadline.toInstant()))
                .param("stage", stage)
                .update();
    }
}
