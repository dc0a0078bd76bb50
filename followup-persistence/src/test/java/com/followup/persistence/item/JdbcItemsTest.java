package com.followup.persistence.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.followup.Channel;
import com.followup.domain.followup.CheckOff;
import com.followup.domain.item.Counterpart;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemChange;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemLists;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcItemsTest {

    static final ZoneId ZONE = ZoneId.systemDefault();
    static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired Items items;
    @Autowired ItemLists lists;
    @Autowired FollowUps followUps;
    @Autowired DueFollowUps due;
    @Autowired FollowUpRules rules;
    @Autowired Kpis kpis;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void a_sales_item_round_trips_and_its_timeline_is_kept() {
        long owner = person();
        Item opened = Item.open(salesRule(), "ACME renewal", new Counterpart("ACME", "Ana Pérez", "ana@acme.test", "555"),
                owner, Money.of("1200.50", "MXN"), new ItemDetails.SalesDetails("Referral", 4, 60, null),
                nowHere().minusDays(1), owner);

        Item saved = items.save(opened);
        Item found = items.findById(saved.id()).orElseThrow();

        assertThat(found.title()).isEqualTo("ACME renewal");
        assertThat(found.counterpart()).isEqualTo(opened.counterpart());
        assertThat(found.amount()).isEqualTo(Money.of("1200.50", "MXN"));
        assertThat(found.details()).isEqualTo(opened.details());
        assertThat(found.nextDueAt()).isEqualTo(opened.nextDueAt());
        assertThat(found.deadline().toInstant()).isEqualTo(opened.deadline().toInstant());
        assertThat(found.status()).isEqualTo(opened.status());
        assertThat(jdbc.sql("select count(*) from item_change where item_id = ?").param(saved.id())
                .query(Long.class).single()).isEqualTo(opened.unsavedChanges().size()).isPositive();
    }

    @Test
    void a_check_off_sent_twice_at_the_same_moment_is_recorded_once() throws Exception {
        long owner = person();
        Item item = items.save(Item.open(salesRule(), "Twice", Counterpart.named("Beta"), owner, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusHours(2), owner));
        FollowUp followUp = item.checkOff(new CheckOff(UUID.randomUUID(), owner, null, Channel.CALL, 5, "note",
                "Interested", null), new Frequency.EveryNWeeks(1, false), now());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Boolean> submit = () -> followUps.record(followUp);
            List<Future<Boolean>> results = pool.invokeAll(List.of(submit, submit));
            assertThat(results.stream().map(this::get)).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(followUps.findByItem(item.id())).containsExactly(followUp);
    }

    @Test
    void a_correction_keeps_what_the_follow_up_said_before() {
        long owner = person();
        Item item = items.save(Item.open(salesRule(), "Corrected", Counterpart.named("Gamma"), owner, null,
                new ItemDetails.SalesDetails("Web", 2, 10, null), nowHere().minusHours(2), owner));
        FollowUp followUp = item.checkOff(new CheckOff(UUID.randomUUID(), owner, null, Channel.EMAIL, null, null,
                "Sent the proposal", null), new Frequency.EveryNWeeks(1, false), now());
        followUps.record(followUp);

        followUps.correct(followUp.correct("typo fixed", "Sent the proposal v2", owner, now()));

        FollowUp stored = followUps.findByItem(item.id()).get(0);
        assertThat(stored.result()).isEqualTo("Sent the proposal v2");
        assertThat(stored.onTime()).isEqualTo(followUp.onTime());
        assertThat(jdbc.sql("select previous_result from follow_up_edit where request_id = ?").param(followUp.requestId())
                .query(String.class).single()).isEqualTo("Sent the proposal");
    }

    @Test
    void a_collected_invoice_keeps_its_outcome_and_a_stale_copy_cannot_be_saved() {
        long owner = person();
        Item invoice = items.save(Item.open(collectionsRule(), "Invoice F-1", Counterpart.named("Delta"), owner,
                Money.of("5000", "MXN"), new ItemDetails.AdministrationDetails("F-1", 30, null, null, true, false),
                nowHere().minusDays(3), owner));
        Item stale = items.findById(invoice.id()).orElseThrow();

        invoice.close(new ItemOutcome.Collected(Money.of("5000", "MXN"), true), owner, now());
        items.save(invoice);

        Item found = items.findById(invoice.id()).orElseThrow();
        assertThat(found.outcome()).isEqualTo(new ItemOutcome.Collected(Money.of("5000", "MXN"), true));
        assertThat(found.nextDueAt()).isNull();
        stale.reassign(person(), owner, now());
        assertThatThrownBy(() -> items.save(stale)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void what_is_due_lists_only_ones_own_open_items_soonest_first_and_counts_them_by_bucket() {
        long me = person();
        long someoneElse = person();
        FollowUpRule rule = salesRule();
        ZonedDateTime now = nowHere();
        Item older = items.save(Item.open(rule, "Older", Counterpart.named("E1"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), now.minusDays(3), me));
        Item newer = items.save(Item.open(rule, "Newer", Counterpart.named("E2"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), now.minusDays(1), me));
        items.save(Item.open(rule, "Not mine", Counterpart.named("E3"), someoneElse, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), now.minusDays(2), someoneElse));
        Item closed = items.save(Item.open(rule, "Closed", Counterpart.named("E4"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), now.minusDays(4), me));
        closed.close(new ItemOutcome.Sold(), me, now());
        items.save(closed);

        List<DueFollowUps.DueRow> rows = due.dueBefore(me, now().plus(Duration.ofDays(1)));

        assertThat(rows).extracting(DueFollowUps.DueRow::itemId).containsExactly(older.id(), newer.id());
        assertThat(rows.get(0).ruleTopic()).isEqualTo(rule.topic());
        assertThat(due.countsByBucket(me, new DueBuckets(now(), ZONE)).overdue()).isEqualTo(2);
    }

    @Test
    void a_persons_due_work_changes_its_number_with_every_write_it_shows_and_only_then() {
        long me = person();
        long other = person();
        FollowUpRule rule = salesRule();
        long start = change(me);
        Item item = items.save(Item.open(rule, "Numbered", Counterpart.named("N1"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), nowHere().minusDays(1), me));
        long opened = changedFrom(me, start);

        // a follow-up recorded on its own (the row shows the last one's result), then the item it moved
        FollowUp done = item.checkOff(new CheckOff(UUID.randomUUID(), me, null, Channel.CALL, 5, "note", "Interested",
                null), new Frequency.EveryNWeeks(1, false), now());
        followUps.record(done);
        long recorded = changedFrom(me, opened);
        items.save(item);
        long checkedOff = changedFrom(me, recorded);

        // a column a trigger keeps, which no row shows, and a closed item's edit: nothing shown changed
        jdbc.sql("update item set first_done_at = first_done_at where id = ?").param(item.id()).update();
        Item closed = items.save(Item.open(rule, "Closed", Counterpart.named("N2"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), nowHere().minusDays(2), me));
        closed.close(new ItemOutcome.Sold(), me, now());
        items.save(closed);
        long beforeEdit = change(me);
        jdbc.sql("update item set title = 'Closed, renamed' where id = ?").param(closed.id()).update();
        assertThat(change(me)).isEqualTo(beforeEdit);

        // handed to someone else: both lists changed
        long othersStart = change(other);
        Item mine = items.findById(item.id()).orElseThrow();
        mine.reassign(other, me, now());
        items.save(mine);
        long handedOver = changedFrom(me, beforeEdit);
        long othersNow = changedFrom(other, othersStart);

        // the rule's topic on every row of its open items; a notice for the navigation's count, then read
        jdbc.sql("update follow_up_rule set topic = topic || ' (renamed)' where id = ?").param(rule.id()).update();
        changedFrom(other, othersNow);
        assertThat(change(me)).isEqualTo(handedOver);
        jdbc.sql("insert into notification (user_id, kind, dedup_key, created_at) values (?, 'TEST', ?, now())")
                .params(me, "due-work-" + me).update();
        long noticed = changedFrom(me, handedOver);
        jdbc.sql("update notification set read_at = now() where user_id = ?").param(me).update();
        changedFrom(me, noticed);
    }

    @Test
    void the_counts_hold_until_the_first_due_moment_not_yet_reached() {
        long me = person();
        FollowUpRule rule = salesRule();
        Item soon = items.save(Item.open(rule, "Soon", Counterpart.named("S1"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), nowHere().plusMinutes(1), me));
        items.save(Item.open(rule, "Late", Counterpart.named("S2"), me, null,
                new ItemDetails.SalesDetails("Web", 1, 5, null), nowHere().minusDays(1), me));
        DueBuckets buckets = new DueBuckets(now(), ZONE);

        DueFollowUps.TimedCounts counts = due.timedCounts(me, buckets);

        assertThat(counts.counts().overdue()).isEqualTo(1);
        assertThat(counts.changesAt()).isEqualTo(soon.nextDueAt().isBefore(buckets.startOfTomorrow())
                ? soon.nextDueAt() : buckets.startOfTomorrow());
        assertThat(due.timedCounts(person(), buckets).changesAt()).isEqualTo(buckets.startOfTomorrow());
    }

    @Test
    void the_area_list_filters_sorts_and_pages_in_the_database() {
        long me = person();
        long other = person();
        FollowUpRule rule = salesRule();
        for (int i = 0; i < 7; i++) {
            items.save(Item.open(rule, "Listed " + (char) ('G' - i), Counterpart.named("C"), me, null,
                    new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(i), me));
        }
        Item closed = items.save(Item.open(rule, "Listed closed", Counterpart.named("C"), me, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(1), me));
        closed.close(new ItemOutcome.Sold(), me, now());
        items.save(closed);
        items.save(Item.open(rule, "Listed other", Counterpart.named("C"), other, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere(), other));

        ItemLists.ItemPage first = lists.search(new ItemLists.ItemQuery(Area.SALES, me, rule.id(),
                Set.of(ItemStatus.OPEN), ItemLists.Sort.TITLE, 0, 3));
        ItemLists.ItemPage last = lists.search(new ItemLists.ItemQuery(Area.SALES, me, rule.id(),
                Set.of(ItemStatus.OPEN), ItemLists.Sort.TITLE, 2, 3));

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.rows()).extracting(ItemLists.ItemRow::title).containsExactly("Listed A", "Listed B", "Listed C");
        assertThat(last.rows()).extracting(ItemLists.ItemRow::title).containsExactly("Listed G");
        assertThat(lists.search(new ItemLists.ItemQuery(Area.SALES, me, rule.id(), Set.of(ItemStatus.OPEN),
                ItemLists.Sort.DEADLINE, 0, 10)).rows()).extracting(ItemLists.ItemRow::title).first().isEqualTo("Listed A");
        assertThat(lists.search(new ItemLists.ItemQuery(Area.SALES, null, rule.id(), Set.of(ItemStatus.values()),
                ItemLists.Sort.NEWEST, 0, 10)).total()).isEqualTo(9);
        assertThat(lists.search(new ItemLists.ItemQuery(Area.SALES, me, rule.id(), Set.of(ItemStatus.CLOSED),
                ItemLists.Sort.NEWEST, 0, 10)).rows()).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo(com.followup.domain.rule.Outcome.SOLD));
        assertThat(lists.search(new ItemLists.ItemQuery(Area.SALES, me, rule.id(), Set.of(ItemStatus.OPEN),
                ItemLists.Sort.TITLE, 9, 3)).page()).as("a page past the end shows the first").isZero();
        assertThat(lists.search(new ItemLists.ItemQuery(Area.OPERATIONS, me, rule.id(), Set.of(ItemStatus.OPEN),
                ItemLists.Sort.TITLE, 0, 3)).rows()).isEmpty();
    }

    @Test
    void the_pipeline_puts_open_items_under_their_stage_and_ended_ones_under_their_outcome() {
        long me = person();
        FollowUpRule rule = salesRule();
        for (int i = 0; i < 4; i++) {
            items.save(Item.open(rule, "Piped " + i, Counterpart.named("C"), me, null,
                    new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(1), me));
        }
        Item moved = items.save(Item.open(rule, "Piped moved", Counterpart.named("C"), me, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(1), me));
        moved.moveToStage("Proposal", rule.stages(), me, now());
        items.save(moved);
        Item sold = items.save(Item.open(rule, "Piped sold", Counterpart.named("C"), me, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(1), me));
        sold.close(new ItemOutcome.Sold(), me, now());
        items.save(sold);
        Item waiting = items.save(Item.open(rule, "Piped waiting", Counterpart.named("C"), me, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusDays(1), me));
        waiting.close(new ItemOutcome.Postponed(nowHere().toLocalDate().plusDays(5)), me, now());
        items.save(waiting);

        ItemLists.Pipeline pipeline = lists.pipeline(rule.id(), null, 3);

        assertThat(pipeline.totals()).containsEntry("First meeting", 4L).containsEntry("Proposal", 1L)
                .containsEntry("SOLD", 1L).containsEntry("POSTPONED", 1L);
        assertThat(pipeline.cards().get("First meeting")).hasSize(3);
        assertThat(pipeline.cards().get("Proposal")).extracting(ItemLists.ItemRow::title).containsExactly("Piped moved");
        assertThat(pipeline.cards().get("POSTPONED")).extracting(ItemLists.ItemRow::title).containsExactly("Piped waiting");
        assertThat(lists.pipeline(rule.id(), person(), 3).cards()).isEmpty();
    }

    @Test
    void the_timeline_reads_back_in_order_and_a_recorded_request_is_known() {
        long owner = person();
        Item item = items.save(Item.open(salesRule(), "Timed", Counterpart.named("C"), owner, null,
                new ItemDetails.SalesDetails("Event", 3, 20, null), nowHere().minusHours(3), owner));
        UUID requestId = UUID.randomUUID();
        FollowUp done = item.checkOff(new CheckOff(requestId, owner, null, Channel.EMAIL, null, null, "Sent", null),
                new Frequency.EveryNWeeks(1, false), now());
        followUps.record(done);
        item.moveToStage("Proposal", List.of("First meeting", "Proposal"), owner, now().plusSeconds(1));
        items.save(item);

        assertThat(items.timeline(item.id())).extracting(ItemChange::kind).containsExactly(ItemChange.Kind.CREATED,
                ItemChange.Kind.FOLLOW_UP_DONE, ItemChange.Kind.STAGE_MOVED);
        assertThat(items.timeline(item.id()).get(2).details()).containsExactly("First meeting", "Proposal");
        assertThat(followUps.isRecorded(requestId)).isTrue();
        assertThat(followUps.isRecorded(UUID.randomUUID())).isFalse();
    }

    /** PostgreSQL keeps microseconds, as the app's clock does. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ZonedDateTime nowHere() {
        return now().atZone(ZONE);
    }

    private Boolean get(Future<Boolean> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long person() {
        return accounts.save(UserAccount.create("items" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 10000,
                "Item Person", "{noop}x", Role.STAFF, Set.of(Area.SALES, Area.ADMINISTRATION))).id();
    }

    private long change(long person) {
        return due.workChange(person).orElseThrow();
    }

    /** The person's number now, asserted to differ from {@code before}. */
    private long changedFrom(long person, long before) {
        long now = change(person);
        assertThat(now).isNotEqualTo(before);
        return now;
    }

    private long kpi(Area area) {
        return kpis.save(Kpi.define(area, "Items KPI " + COUNTER.incrementAndGet(), "count", BigDecimal.ONE, KpiPeriod.MONTH)).id();
    }

    private FollowUpRule salesRule() {
        return rules.save(FollowUpRule.define(new RuleDraft(Area.SALES, "Prospects " + COUNTER.incrementAndGet(),
                "Close the sale", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), kpi(Area.SALES), Duration.ofDays(2),
                List.of("First meeting", "Proposal"))), "test");
    }

    private FollowUpRule collectionsRule() {
        return rules.save(FollowUpRule.define(new RuleDraft(Area.ADMINISTRATION, "Collections " + COUNTER.incrementAndGet(),
                "Collect", new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("collections"), new ReportedIn("receivables", null), kpi(Area.ADMINISTRATION),
                Duration.ofDays(3), List.of())), "test");
    }
}
