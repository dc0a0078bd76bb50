package com.followup.persistence.lead;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.LeadFigures.Counted;
import com.followup.domain.lead.LeadFunnel;
import com.followup.domain.lead.LeadKpis;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each figure of the lead dashboard and the response board, computed on one source's leads, and the list behind it
 * holding exactly as many leads (or people) as the figure says.
 */
@PersistenceTest
class LeadFiguresTest {

    static final AtomicInteger COUNTER = new AtomicInteger();
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
    static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 9);

    @Autowired LeadFigures figures;
    @Autowired UserAccounts accounts;
    @Autowired FollowUpRules rules;
    @Autowired Kpis kpis;
    @Autowired JdbcClient jdbc;

    long source;
    long alba;
    long bruno;
    long won;
    long lost;
    long open;
    long samePerson;

    @BeforeEach
    void sevenLeadsOfSixPeople() {
        String tag = COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        source = jdbc.sql("insert into lead_source (name, tier) values (?, 'HOT') returning id").param("Figures " + tag)
                .query(Long.class).single();
        alba = person("Alba " + tag);
        bruno = person("Bruno " + tag);
        long soldItem = item(alba, "SOLD");
        long openItem = item(alba, null);
        // week 1: answered in time, met, booked, qualified and sold
        won = lead(alba, "2026-11-02T10:00", "2026-11-02T10:05", "p1" + tag, LeadStatus.QUALIFIED, "2026-11-02T10:03", true, null, soldItem);
        meeting(won);
        // week 1: answered late, reached, then no budget
        lost = lead(alba, "2026-11-02T11:00", "2026-11-02T11:05", "p2" + tag, LeadStatus.DISQUALIFIED, "2026-11-02T12:00", true, "NO_BUDGET", null);
        // week 1: never answered, past the deadline; the same person came back in week 2, answered in time, booked
        open = lead(bruno, "2026-11-02T15:00", "2026-11-02T15:05", "p3" + tag, LeadStatus.NEW, null, false, null, null);
        samePerson = lead(bruno, "2026-11-10T09:00", "2026-11-10T09:05", "p3" + tag, LeadStatus.CONNECTED, "2026-11-10T09:01", true, null, null);
        meeting(samePerson);
        // week 2: a duplicate disqualified untouched; one not due yet; one qualified whose prospect is still open
        lead(bruno, "2026-11-11T09:00", "2026-11-11T09:05", null, LeadStatus.DISQUALIFIED, null, false, "DUPLICATE", null);
        lead(alba, "2026-11-12T09:00", "2026-11-21T09:05", "p6" + tag, LeadStatus.NEW, null, false, null, null);
        lead(alba, "2026-11-13T09:00", "2026-11-13T09:05", "p7" + tag, LeadStatus.QUALIFIED, "2026-11-13T09:02", true, null, openItem);
    }

    @Test
    void what_arrived_and_what_became_of_it_by_source_match_their_lists() {
        LeadFigures.Scope november = november();
        List<LeadFigures.SourceOutcome> outcomes = figures.outcomes(november, NOW);

        assertThat(outcomes).extracting(LeadFigures.SourceOutcome::status, LeadFigures.SourceOutcome::leads)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(LeadStatus.NEW, 2L),
                        org.assertj.core.groups.Tuple.tuple(LeadStatus.CONNECTED, 1L),
                        org.assertj.core.groups.Tuple.tuple(LeadStatus.QUALIFIED, 2L),
                        org.assertj.core.groups.Tuple.tuple(LeadStatus.DISQUALIFIED, 2L));
        for (LeadFigures.SourceOutcome outcome : outcomes) {
            assertThat(total(november, Counted.ARRIVED, outcome.status(), null, null, null)).isEqualTo(outcome.leads());
        }
        assertThat(outcomes.stream().mapToLong(LeadFigures.SourceOutcome::won).sum()).isEqualTo(1)
                .isEqualTo(total(november, Counted.WON, null, null, null, null));
        assertThat(total(november, Counted.ARRIVED, null, null, null, null)).isEqualTo(7);
        assertThat(list(november, Counted.WON)).containsExactly(won);
    }

    @Test
    void deadlines_met_and_missed_by_owner_source_and_week_match_their_lists() {
        LeadFigures.Scope november = november();

        assertThat(figures.deadlinesByOwner(november, NOW)).extracting(g -> g.id(), g -> g.met(), g -> g.missed())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(alba, 2L, 1L), org.assertj.core.groups.Tuple.tuple(bruno, 1L, 1L));
        for (LeadFigures.DeadlineGroup owner : figures.deadlinesByOwner(november, NOW)) {
            LeadFigures.Scope theirs = new LeadFigures.Scope(november.from(), november.to(), ZoneOffset.UTC, source, owner.id());
            assertThat(total(theirs, Counted.DEADLINE_MET, null, null, null, null)).isEqualTo(owner.met());
            assertThat(total(theirs, Counted.DEADLINE_MISSED, null, null, null, null)).isEqualTo(owner.missed());
            assertThat(total(theirs, Counted.DEADLINE_DECIDED, null, null, null, null)).isEqualTo(owner.share().whole());
        }
        assertThat(figures.deadlinesBySource(november, NOW)).singleElement()
                .satisfies(s -> assertThat(s.share().percent()).contains(60));

        List<LeadFigures.DeadlineGroup> weeks = figures.deadlinesByWeek(november, NOW);
        assertThat(weeks).extracting(LeadFigures.DeadlineGroup::week, LeadFigures.DeadlineGroup::met, LeadFigures.DeadlineGroup::missed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WEEK_1, 1L, 2L), org.assertj.core.groups.Tuple.tuple(WEEK_2, 2L, 0L));
        for (LeadFigures.DeadlineGroup week : weeks) {
            LeadFigures.Scope days = new LeadFigures.Scope(week.week().atStartOfDay(ZoneOffset.UTC).toInstant(),
                    week.week().plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, source, null);
            assertThat(total(days, Counted.DEADLINE_MET, null, null, null, null)).isEqualTo(week.met());
            assertThat(total(days, Counted.DEADLINE_DECIDED, null, null, null, null)).isEqualTo(week.share().whole());
        }
    }

    @Test
    void the_response_times_are_taken_over_the_answered_leads_of_the_list() {
        LeadFigures.Scope november = november();

        assertThat(figures.answered(november, NOW)).hasSize(4)
                .hasSize((int) total(november, Counted.ANSWERED, null, null, null, null));
    }

    @Test
    void the_funnel_counts_people_and_each_step_lists_one_lead_a_person() {
        LeadFigures.Scope november = november();
        LeadFunnel funnel = LeadFunnel.of(figures.funnel(november, NOW));

        assertThat(List.of(FunnelStep.values())).extracting(step -> funnel.total().reached(step))
                .containsExactly(6L, 4L, 3L, 2L, 1L);
        for (FunnelStep step : FunnelStep.values()) {
            assertThat(total(november, Counted.REACHED, null, step, null, null)).isEqualTo(funnel.total().reached(step));
            for (LeadFunnel.Week week : funnel.weeks()) {
                assertThat(total(november, Counted.REACHED, null, step, null, week.week())).isEqualTo(week.reached(step));
                week.stoppedAt(step).forEach((stop, people) ->
                        assertThat(total(november, Counted.STOPPED, null, step, stop, week.week())).isEqualTo(people));
            }
        }
        // the person who came twice counts once, in the week of their first lead, at their furthest step
        assertThat(funnel.weeks()).extracting(LeadFunnel.Week::week).containsExactly(WEEK_1, WEEK_2);
        assertThat(funnel.weeks().get(0).reached(FunnelStep.NEW)).isEqualTo(3);
        assertThat(funnel.weeks().get(0).stoppedAt(FunnelStep.MEETING_BOOKED)).containsEntry(FunnelStep.Stop.STILL_OPEN, 1L);
        assertThat(funnel.weeks().get(0).stoppedAt(FunnelStep.CONNECTED)).containsEntry(FunnelStep.Stop.NO_BUDGET, 1L);
        assertThat(funnel.weeks().get(1).stoppedAt(FunnelStep.NEW)).containsEntry(FunnelStep.Stop.DUPLICATE, 1L)
                .containsEntry(FunnelStep.Stop.STILL_OPEN, 1L);
        assertThat(funnel.weeks().get(1).stoppedAt(FunnelStep.QUALIFIED)).containsEntry(FunnelStep.Stop.NOT_WON, 1L);
        assertThat(list(november, Counted.REACHED, FunnelStep.MEETING_BOOKED)).contains(samePerson).doesNotContain(open);
    }

    @Test
    void the_board_shows_each_owner_s_open_leads_and_today_s_breaches_as_their_lists_do() {
        LeadFigures.Scope secondOfNovember = new LeadFigures.Scope(Instant.parse("2026-11-02T00:00:00Z"),
                Instant.parse("2026-11-03T00:00:00Z"), ZoneOffset.UTC, source, null);

        List<LeadFigures.OwnerLoad> board = figures.board(secondOfNovember, NOW);

        assertThat(board).extracting(LeadFigures.OwnerLoad::ownerId, LeadFigures.OwnerLoad::open,
                        LeadFigures.OwnerLoad::unanswered, LeadFigures.OwnerLoad::lateNow, LeadFigures.OwnerLoad::breachedToday)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(alba, 1L, 1L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(bruno, 2L, 1L, 1L, 1L));
        for (LeadFigures.OwnerLoad load : board) {
            LeadFigures.Scope theirs = new LeadFigures.Scope(secondOfNovember.from(), secondOfNovember.to(), ZoneOffset.UTC,
                    source, load.ownerId());
            assertThat(total(theirs, Counted.OPEN, null, null, null, null)).isEqualTo(load.open());
            assertThat(total(theirs, Counted.UNANSWERED, null, null, null, null)).isEqualTo(load.unanswered());
            assertThat(total(theirs, Counted.LATE_NOW, null, null, null, null)).isEqualTo(load.lateNow());
            assertThat(total(theirs, Counted.BREACHED_IN_SCOPE, null, null, null, null)).isEqualTo(load.breachedToday());
        }
        assertThat(list(secondOfNovember, Counted.BREACHED_IN_SCOPE)).containsExactlyInAnyOrder(lost, open);
    }

    @Test
    void the_lead_kpis_of_each_range_are_counted_in_one_statement_and_match_their_lists() {
        jdbc.sql("""
                insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)
                values (?, ?, now(), 'Lucía', 'HELD', ?, now())""").params(won, UUID.randomUUID(), alba).update();
        LeadFigures.Scope november = november();
        List<LeadFigures.Scope> ranges = List.of(november, week(WEEK_1), week(WEEK_2));

        List<LeadKpis> kpis = figures.kpis(ranges, NOW);
        List<LeadFigures.KpiCounts> counts = kpis.stream().map(LeadKpis::counts).toList();

        assertThat(counts).containsExactly(new LeadFigures.KpiCounts(7, 2, 3, 2, 1, 3, 2),
                new LeadFigures.KpiCounts(3, 1, 1, 2, 1, 1, 1), new LeadFigures.KpiCounts(4, 1, 2, 0, 0, 2, 1));
        for (int i = 0; i < ranges.size(); i++) {
            LeadFigures.Scope range = ranges.get(i);
            LeadFigures.KpiCounts count = counts.get(i);
            assertThat(total(range, Counted.ARRIVED, null, null, null, null)).isEqualTo(count.arrived());
            assertThat(total(range, Counted.ARRIVED, LeadStatus.DISQUALIFIED, null, null, null)).isEqualTo(count.disqualified());
            assertThat(total(range, Counted.DEADLINE_MET, null, null, null, null)).isEqualTo(count.met());
            assertThat(total(range, Counted.DEADLINE_MISSED, null, null, null, null)).isEqualTo(count.missed());
            assertThat(total(range, Counted.MEETING_HELD, null, null, null, null)).isEqualTo(count.meetingHeld());
            assertThat(total(range, Counted.REACHED, null, FunnelStep.MEETING_BOOKED, null, null)).isEqualTo(count.meetingBooked());
            assertThat(total(range, Counted.REACHED, null, FunnelStep.QUALIFIED, null, null)).isEqualTo(count.qualified());
        }
        assertThat(list(november, Counted.MEETING_HELD)).containsExactly(won);
        // the median is taken over the answered leads of each range, the list behind it
        for (int i = 0; i < ranges.size(); i++) {
            assertThat((long) kpis.get(i).times().answered()).isEqualTo(total(ranges.get(i), Counted.ANSWERED, null, null, null, null));
        }
        // the month's counts are the lead dashboard's: its funnel and its deadlines by source
        LeadFunnel funnel = LeadFunnel.of(figures.funnel(november, NOW));
        assertThat(counts.get(0).meetingBooked()).isEqualTo(funnel.total().reached(FunnelStep.MEETING_BOOKED));
        assertThat(counts.get(0).qualified()).isEqualTo(funnel.total().reached(FunnelStep.QUALIFIED));
        assertThat(figures.deadlinesBySource(november, NOW)).singleElement()
                .satisfies(s -> assertThat(List.of(s.met(), s.missed())).containsExactly(counts.get(0).met(), counts.get(0).missed()));
    }

    @Test
    void an_owner_s_lead_kpis_count_only_their_leads() {
        LeadFigures.Scope november = november();
        LeadFigures.Scope bruno = new LeadFigures.Scope(november.from(), november.to(), ZoneOffset.UTC, source, this.bruno);

        assertThat(figures.kpis(List.of(bruno), NOW)).extracting(LeadKpis::counts)
                .containsExactly(new LeadFigures.KpiCounts(3, 1, 1, 1, 0, 1, 0));
        assertThat(total(bruno, Counted.REACHED, null, FunnelStep.MEETING_BOOKED, null, null)).isEqualTo(1);
    }

    private LeadFigures.Scope week(LocalDate monday) {
        return new LeadFigures.Scope(monday.atStartOfDay(ZoneOffset.UTC).toInstant(),
                monday.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC, source, null);
    }

    private long total(LeadFigures.Scope scope, Counted counted, LeadStatus status, FunnelStep step, FunnelStep.Stop stop,
                       LocalDate week) {
        LeadFigures.Page page = figures.leads(new LeadFigures.Query(scope, counted, status, step, stop, week, 0, 2), NOW);
        assertThat(page.rows()).hasSizeLessThanOrEqualTo(2);
        return page.total();
    }

    private List<Long> list(LeadFigures.Scope scope, Counted counted) {
        return list(scope, counted, null);
    }

    private List<Long> list(LeadFigures.Scope scope, Counted counted, FunnelStep step) {
        return figures.leads(new LeadFigures.Query(scope, counted, null, step, null, null, 0, 50), NOW).rows().stream()
                .map(row -> row.lead().id()).toList();
    }

    private LeadFigures.Scope november() {
        return new LeadFigures.Scope(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                ZoneOffset.UTC, source, null);
    }

    private long lead(long owner, String arrived, String respondBy, String email, LeadStatus status, String firstTouch,
                      boolean connected, String reason, Long item) {
        Instant arrival = Instant.parse(arrived + ":00Z");
        return jdbc.sql("""
                        insert into lead (request_id, name, email, email_key, consent, source_id, arrived_at, halfway_at,
                                          respond_by, owner_id, status, disqualify_reason, first_touch_at, connected_at,
                                          qualified_item_id)
                        values (?, 'Lucía', ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(UUID.randomUUID(), email == null ? null : email + "@example.com",
                        email == null ? null : email + "@example.com", source, Timestamp.from(arrival),
                        Timestamp.from(arrival), ts(respondBy), owner, status.name(), reason, ts(firstTouch),
                        connected ? ts(firstTouch) : null, item)
                .query(Long.class).single();
    }

    private void meeting(long lead) {
        jdbc.sql("""
                insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)
                values (?, ?, now(), 'Lucía', 'BOOKED', ?, now())""").params(lead, UUID.randomUUID(), alba).update();
    }

    private long item(long owner, String outcome) {
        Kpi kpi = kpis.save(Kpi.define(Area.SALES, "Leads " + COUNTER.incrementAndGet(), "n", BigDecimal.ONE, KpiPeriod.MONTH));
        FollowUpRule rule = rules.save(FollowUpRule.define(new RuleDraft(Area.SALES, "Lead rule " + COUNTER.incrementAndGet(),
                "Objective", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("owner"), new ReportedIn("board", null), kpi.id(), Duration.ofDays(2),
                List.of("Lead"))), "test");
        return jdbc.sql("""
                        insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at,
                                          status, next_due_at, closed_at, outcome)
                        values (?, 1, 'SALES', ?, 'ACME', ?, ?, ?, ?, ?, ?) returning id""")
                .params(rule.id(), "Lead item " + COUNTER.incrementAndGet(), owner, Timestamp.from(NOW.minusSeconds(86400 * 30)),
                        outcome == null ? "OPEN" : "CLOSED", outcome == null ? Timestamp.from(NOW.plusSeconds(86400)) : null,
                        outcome == null ? null : Timestamp.from(NOW.minusSeconds(86400)),
                        outcome)
                .query(Long.class).single();
    }

    private long person(String name) {
        return accounts.save(UserAccount.create("figures" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000,
                name, "{bcrypt}hash", Role.STAFF, Set.of(Area.SALES))).id();
    }

    private static Timestamp ts(String local) {
        return local == null ? null : Timestamp.from(Instant.parse(local + ":00Z"));
    }
}
