package com.followup.persistence.dashboard;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.support.PersistenceTestApplication;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** October 2025 (a month no other test writes to) of work in the three areas, written straight to the tables, with something for every figure to count. */
final class MeasuredHistory {

    static final ZoneId MEXICO = PersistenceTestApplication.ZONE;
    static final DateRange OCTOBER = DateRange.monthOf(LocalDate.of(2025, 10, 1), MEXICO);
    static final Instant NOW = local(2025, 11, 5, 12);
    static final LocalDate TODAY = LocalDate.of(2025, 11, 5);
    static final Instant RESCHEDULED_FELL_DUE = local(2025, 10, 15, 9);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    record Built(long seller, long operator, long collector) {
    }

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final FollowUpRules rules;
    private final Kpis kpis;

    MeasuredHistory(JdbcClient jdbc, UserAccounts accounts, FollowUpRules rules, Kpis kpis) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.rules = rules;
        this.kpis = kpis;
    }

    static AreaMeasures.Scope scope(Area area, Long person) {
        return new AreaMeasures.Scope(area, person, Currency.getInstance("MXN"));
    }

    Built october() {
        // the funnel reads the first active Sales rule with stages: this one
        jdbc.sql("update follow_up_rule set status = 'ARCHIVED' where area = 'SALES'").update();
        long sales = rule(Area.SALES, List.of("Lead", "Proposal", "Negotiation"));
        long seller = person(Area.SALES);
        long other = person(Area.SALES);
        long sold = stage(closed(sales, Area.SALES, seller, "SOLD", local(2025, 10, 20, 12)), "Proposal");
        long lost = stage(closed(sales, Area.SALES, seller, "ELIMINATED", local(2025, 10, 21, 12)), "Negotiation");
        long late = stage(open(sales, Area.SALES, seller, local(2025, 10, 28, 9)), "Lead");
        jdbc.sql("update item set deadline = ? where id = ?").params(ts(local(2025, 10, 30, 0)), late).update();
        stage(open(sales, Area.SALES, seller, local(2025, 11, 20, 9)), "Proposal");
        long others = stage(open(sales, Area.SALES, other, local(2025, 10, 10, 9)), "Lead");
        stage(closed(sales, Area.SALES, other, "SOLD", local(2025, 10, 5, 9)), "Lead");
        // fell due on 15 October, rescheduled on the 16th to 20 November: October still counts it overdue
        long moved = stage(open(sales, Area.SALES, other, local(2025, 11, 20, 9)), "Lead");
        jdbc.sql("update item set counted_due_at = ? where id = ?").params(ts(RESCHEDULED_FELL_DUE), moved).update();
        followUp(sold, seller, local(2025, 10, 3, 9), local(2025, 10, 3, 10), "FIRST_CONTACT", "CALL", true);
        followUp(sold, seller, local(2025, 10, 6, 9), local(2025, 10, 9, 10), "FOLLOW_UP", "MEETING", false);
        followUp(lost, seller, local(2025, 9, 29, 9), local(2025, 10, 2, 10), "FIRST_CONTACT", "EMAIL", false);
        // due at 23:30 on 31 October in Mexico City, done the next day: it fell due in October
        followUp(late, seller, local(2025, 10, 31, 23).plus(Duration.ofMinutes(30)), local(2025, 11, 1, 10), "FIRST_CONTACT", "CALL", false);
        followUp(lost, seller, local(2025, 10, 12, 9), local(2025, 10, 12, 9), "FOLLOW_UP", "EMAIL", true);
        followUp(others, other, local(2025, 10, 4, 9), local(2025, 10, 4, 9), "FIRST_CONTACT", "EMAIL", true);

        long operations = rule(Area.OPERATIONS, List.of());
        long operator = person(Area.OPERATIONS);
        delivered(operations, operator, false);
        delivered(operations, operator, true);
        delivered(operations, person(Area.OPERATIONS), false);
        long incomplete = delivered(operations, operator, true);
        jdbc.sql("update item set delivered_complete = false where id = ?").param(incomplete).update();
        promised(open(operations, Area.OPERATIONS, operator, local(2025, 11, 20, 9)), LocalDate.of(2025, 11, 1));
        long postponed = promised(open(operations, Area.OPERATIONS, operator, local(2025, 12, 1, 9)), LocalDate.of(2025, 10, 1));
        jdbc.sql("update item set status = 'POSTPONED' where id = ?").param(postponed).update();

        long administration = rule(Area.ADMINISTRATION, List.of());
        long collector = person(Area.ADMINISTRATION);
        receivable(administration, collector, local(2025, 11, 5, 9), "MXN");
        receivable(administration, collector, null, "MXN");
        receivable(administration, collector, local(2025, 10, 20, 9), "MXN");
        receivable(administration, collector, local(2025, 9, 20, 9), "MXN");
        receivable(administration, collector, local(2025, 8, 20, 9), "MXN");
        receivable(administration, person(Area.ADMINISTRATION), local(2025, 7, 1, 9), "MXN");
        receivable(administration, collector, local(2025, 7, 1, 9), "USD");
        long advance = receivable(administration, collector, local(2025, 12, 1, 9), "MXN");
        jdbc.sql("update item set advance_required = true, advance_received = false where id = ?").param(advance).update();
        return new Built(seller, operator, collector);
    }

    private long delivered(long rule, long owner, boolean onTime) {
        long id = closed(rule, Area.OPERATIONS, owner, "DELIVERED", local(2025, 10, 15, 9));
        jdbc.sql("update item set delivered_complete = true, delivered_correct = true, delivered_on_time = ? where id = ?")
                .params(onTime, id).update();
        return id;
    }

    private long promised(long item, LocalDate promised) {
        jdbc.sql("update item set promised_date = ? where id = ?").params(Date.valueOf(promised), item).update();
        return item;
    }

    private long receivable(long rule, long owner, Instant deadline, String currency) {
        long id = open(rule, Area.ADMINISTRATION, owner, NOW.plus(Duration.ofDays(1)));
        jdbc.sql("update item set deadline = ?, amount = 100, currency = ? where id = ?")
                .params(ts(deadline), currency, id).update();
        return id;
    }

    private long stage(long item, String stage) {
        jdbc.sql("update item set stage = ? where id = ?").params(stage, item).update();
        return item;
    }

    private long open(long rule, Area area, long owner, Instant nextDue) {
        return insertItem(rule, area, owner, "OPEN", nextDue, null, null);
    }

    private long closed(long rule, Area area, long owner, String outcome, Instant closedAt) {
        return insertItem(rule, area, owner, "CLOSED", null, closedAt, outcome);
    }

    private long insertItem(long rule, Area area, long owner, String status, Instant nextDue, Instant closedAt, String outcome) {
        return jdbc.sql("""
                        insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at,
                                          status, next_due_at, closed_at, outcome, amount, currency)
                        values (?, 1, ?, ?, 'ACME', ?, ?, ?, ?, ?, ?, 10, 'MXN') returning id""")
                .params(rule, area.name(), "Item " + COUNTER.incrementAndGet(), owner, ts(local(2025, 10, 1, 9)), status,
                        ts(nextDue), ts(closedAt), outcome)
                .query(Long.class).single();
    }

    private void followUp(long item, long by, Instant due, Instant done, String kind, String channel, boolean onTime) {
        jdbc.sql("""
                        insert into follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel,
                                               result, kind, on_time, area, rule_id)
                        select i.id, ?, ?, ?, ?, ?, ?, 'done', ?, ?, i.area, i.rule_id from item i where i.id = ?""")
                .params(UUID.randomUUID(), ts(due), ts(done), ts(done), by, channel, kind, onTime, item)
                .update();
    }

    private long person(Area area) {
        return accounts.save(UserAccount.create("history" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 10000,
                "History " + COUNTER.get(), "{noop}x", Role.STAFF, Set.of(area))).id();
    }

    private long rule(Area area, List<String> stages) {
        Kpi kpi = kpis.save(Kpi.define(area, "History " + COUNTER.incrementAndGet(), "n", BigDecimal.ONE, KpiPeriod.MONTH));
        FollowUpRule rule = rules.save(FollowUpRule.define(new RuleDraft(area, "History rule " + COUNTER.incrementAndGet(),
                "Objective", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("owner"), new ReportedIn("board", null), kpi.id(), Duration.ofDays(2), stages)), "test");
        return rule.id();
    }

    static Instant local(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(MEXICO).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
