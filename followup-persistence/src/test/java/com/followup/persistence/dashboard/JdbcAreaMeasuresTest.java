package com.followup.persistence.dashboard;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.ProspectCohorts;
import com.followup.domain.dashboard.SalesFigures;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.persistence.support.PersistenceTest;
import com.followup.persistence.support.PersistenceTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A known history, and each figure of the dashboards checked exactly against it. */
@PersistenceTest
class JdbcAreaMeasuresTest {

    static final ZoneId MEXICO = PersistenceTestApplication.ZONE;
    static final Currency MXN = Currency.getInstance("MXN");
    static final DateRange OCTOBER = DateRange.monthOf(LocalDate.of(2026, 10, 1), MEXICO);
    static final DateRange SEPTEMBER = DateRange.monthOf(LocalDate.of(2026, 9, 1), MEXICO);
    static final Instant NOW = Instant.parse("2026-11-05T18:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 5);
    static final AtomicInteger COUNTER = new AtomicInteger();
    static final Set<Metric> EVERYTHING = EnumSet.allOf(Metric.class);

    @Autowired AreaMeasures measures;
    @Autowired UserAccounts accounts;
    @Autowired FollowUpRules rules;
    @Autowired Kpis kpis;
    @Autowired JdbcClient jdbc;
    @Autowired Items items;
    @Autowired TransactionTemplate transaction;

    @Test
    void the_sources_seller_in_october_67_percent_closed_4_contacts_per_prospect_and_the_late_ones_count() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        for (int p = 0; p < 15; p++) {
            boolean sold = p < 10;
            long item = sold ? closed(rule, Area.SALES, seller, "SOLD", local(2026, 10, 20, 12), "100.00")
                    : open(rule, Area.SALES, seller, p < 12 ? local(2026, 10, 28, 9) : local(2026, 11, 20, 9));
            for (int c = 0; c < 4; c++) {
                // 60 contacts in all: the first 50 on time, the last 10 late; one done at 23:30 local on 31 October
                int n = p * 4 + c;
                Instant done = n == 59 ? local(2026, 10, 31, 23).plus(Duration.ofMinutes(30)) : local(2026, 10, 2 + p, 10 + c);
                followUp(item, seller, done.minus(Duration.ofHours(1)), done, c == 0 ? "FIRST_CONTACT" : "FOLLOW_UP",
                        c == 1 ? "MEETING" : "CALL", c == 1 ? null : 10 + c, n < 50);
            }
        }

        AreaMeasures.RangeFigures october = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).ranges().get(0);

        assertThat(october.metrics())
                .containsEntry(Metric.CLOSE_RATE_PER_PROSPECT, BigDecimal.valueOf(67))
                .containsEntry(Metric.CONTACTS_PER_PROSPECT, new BigDecimal("4.0"))
                .containsEntry(Metric.NEW_SALES, BigDecimal.valueOf(10))
                .containsEntry(Metric.FIRST_CONTACTS, BigDecimal.valueOf(15))
                .containsEntry(Metric.FOLLOW_UP_MEETINGS, BigDecimal.valueOf(15))
                .containsEntry(Metric.CALLS_MADE, BigDecimal.valueOf(45))
                .containsEntry(Metric.AVERAGE_CALL_MINUTES, new BigDecimal("11.7"));
        assertThat(october.metrics().get(Metric.NEW_SALES_AMOUNT)).isEqualByComparingTo("1000");
        assertThat(october.compliance()).isEqualTo(new Compliance(50, 10, 2));
        assertThat(october.metrics()).containsEntry(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(81));
    }

    @Test
    void the_close_rate_counts_only_sales_of_the_prospects_worked_in_the_period_split_into_new_and_existing() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long soldUntouched = closed(rule, Area.SALES, seller, "SOLD", local(2026, 10, 9, 12), "100.00");
        followUp(soldUntouched, seller, local(2026, 9, 10, 9), local(2026, 9, 10, 10), "FIRST_CONTACT", "CALL", 5, true);
        long fresh = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(fresh, seller, local(2026, 10, 5, 9), local(2026, 10, 5, 10), "FIRST_CONTACT", "CALL", 5, true);
        long existing = closed(rule, Area.SALES, seller, "SOLD", local(2026, 10, 7, 12), "100.00");
        followUp(existing, seller, local(2026, 9, 20, 9), local(2026, 9, 20, 10), "FIRST_CONTACT", "CALL", 5, true);
        followUp(existing, seller, local(2026, 10, 6, 9), local(2026, 10, 6, 10), "FOLLOW_UP", "MEETING", null, true);

        AreaMeasures.RangeFigures october = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).ranges().get(0);

        assertThat(october.metrics()).containsEntry(Metric.NEW_SALES, BigDecimal.valueOf(2))
                .containsEntry(Metric.CLOSE_RATE_PER_PROSPECT, BigDecimal.valueOf(50));
        assertThat(october.prospects().fresh()).isEqualTo(new SalesFigures(1, 1, 0, 1));
        assertThat(october.prospects().existing()).isEqualTo(new SalesFigures(1, 1, 1, 0));
    }

    @Test
    void a_prospect_is_new_until_a_contact_before_the_range_is_written_whatever_the_order_and_again_when_it_is_deleted() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long item = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        long other = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 10, 5, 9), local(2026, 10, 5, 10), "FIRST_CONTACT", "CALL", 5, true);
        assertThat(prospectsInOctober(seller).fresh().distinctProspects()).isEqualTo(1);

        // written after the October one (a contact recorded late), it makes the prospect an existing one
        followUp(item, seller, local(2026, 9, 5, 9), local(2026, 9, 5, 10), "FOLLOW_UP", "CALL", 5, true);
        assertThat(prospectsInOctober(seller).existing().distinctProspects()).isEqualTo(1);
        assertThat(firstDone(item)).isEqualTo(local(2026, 9, 5, 10));

        // moved to another item at the database: each item counted again from its rows
        jdbc.sql("update follow_up set item_id = ? where item_id = ? and done_at < ?")
                .params(other, item, Timestamp.from(OCTOBER.start())).update();
        assertThat(firstDone(item)).isEqualTo(local(2026, 10, 5, 10));
        assertThat(firstDone(other)).isEqualTo(local(2026, 9, 5, 10));
        assertThat(prospectsInOctober(seller).fresh().distinctProspects()).isEqualTo(1);

        jdbc.sql("delete from follow_up where item_id = ?").param(other).update();
        assertThat(firstDone(other)).isNull();
    }

    @Test
    void an_areas_month_counts_its_prospects_from_the_items_months_as_its_follow_ups_would_after_every_write() {
        // a month no other test writes in, and the same month with an empty day after it: the first is counted from
        // the items' months (V62), the second from the follow-ups and their items; the same for two months, whose
        // items' months are added up by item (one month's are read as they are)
        DateRange march = DateRange.monthOf(LocalDate.of(2031, 3, 1), MEXICO);
        DateRange marchAndADay = new DateRange(march.from(), march.to().plusDays(1), MEXICO);
        DateRange februaryAndMarch = new DateRange(LocalDate.of(2031, 2, 1), march.to(), MEXICO);
        DateRange februaryAndMarchAndADay = new DateRange(februaryAndMarch.from(), march.to().plusDays(1), MEXICO);
        Runnable bothWaysAgree = () -> {
            assertThat(areaProspects(marchAndADay)).isEqualTo(areaProspects(march));
            assertThat(areaProspects(februaryAndMarchAndADay)).isEqualTo(areaProspects(februaryAndMarch));
        };
        long seller = person(Area.SALES);
        long colleague = person(Area.SALES);
        long rule = rule(Area.SALES);
        long fresh = open(rule, Area.SALES, seller, local(2031, 5, 1, 9));
        followUp(fresh, seller, local(2031, 3, 2, 9), local(2031, 3, 2, 10), "FIRST_CONTACT", "CALL", 5, true);
        followUp(fresh, colleague, local(2031, 3, 9, 9), local(2031, 3, 9, 10), "FOLLOW_UP", "EMAIL", null, true);
        long existing = open(rule, Area.SALES, seller, local(2031, 5, 1, 9));
        followUp(existing, seller, local(2031, 2, 20, 9), local(2031, 2, 20, 10), "FIRST_CONTACT", "CALL", 5, true);
        followUp(existing, seller, local(2031, 3, 4, 9), local(2031, 3, 4, 10), "FOLLOW_UP", "CALL", 5, true);
        long soldInMarch = closed(rule, Area.SALES, seller, "SOLD", local(2031, 3, 25, 12), "100.00");
        followUp(soldInMarch, colleague, local(2031, 3, 10, 9), local(2031, 3, 10, 10), "FIRST_CONTACT", "MEETING", null, true);
        long soldInApril = closed(rule, Area.SALES, seller, "SOLD", local(2031, 4, 10, 12), "100.00");
        followUp(soldInApril, seller, local(2031, 3, 12, 9), local(2031, 3, 12, 10), "FIRST_CONTACT", "CALL", 5, true);
        long service = open(rule, Area.SALES, seller, local(2031, 5, 1, 9));
        jdbc.sql("update item set portfolio_purpose = 'SERVICE' where id = ?").param(service).update();
        followUp(service, seller, local(2031, 3, 15, 9), local(2031, 3, 15, 10), "FOLLOW_UP", "CALL", 5, true);

        ProspectCohorts counted = areaProspects(march);
        assertThat(counted.fresh()).as("new: contacted first in March, one sold in it").isEqualTo(new SalesFigures(4, 3, 1, 3));
        assertThat(counted.existing()).isEqualTo(new SalesFigures(1, 1, 0, 0));
        assertThat(areaProspects(marchAndADay)).isEqualTo(counted);
        assertThat(areaProspects(februaryAndMarch).fresh()).as("the existing one's first contact is in February")
                .isEqualTo(new SalesFigures(6, 4, 1, 4));
        bothWaysAgree.run();

        // a contact recorded late, before March: the new prospect becomes an existing one
        followUp(fresh, seller, local(2031, 2, 27, 9), local(2031, 2, 27, 10), "FOLLOW_UP", "CALL", 5, true);
        assertThat(areaProspects(march).existing().distinctProspects()).isEqualTo(2);
        bothWaysAgree.run();
        // sold in March after all, then no longer a prospect (taken into the portfolio), then moved and deleted rows
        jdbc.sql("update item set outcome = 'SOLD', closed_at = ?, status = 'CLOSED', next_due_at = null where id = ?")
                .params(Timestamp.from(local(2031, 3, 28, 9)), existing).update();
        assertThat(areaProspects(march).existing().salesClosed()).isEqualTo(1);
        bothWaysAgree.run();
        jdbc.sql("update item set portfolio_purpose = 'SERVICE' where id = ?").param(soldInApril).update();
        jdbc.sql("update follow_up set item_id = ? where item_id = ? and kind = 'FOLLOW_UP'").params(soldInMarch, fresh).update();
        jdbc.sql("update follow_up set done_at = done_at + interval '40 days' where item_id = ?").param(soldInMarch).update();
        jdbc.sql("delete from follow_up where item_id = ? and done_at < ?").params(existing, Timestamp.from(march.start())).update();
        assertThat(areaProspects(march)).isEqualTo(new ProspectCohorts(new SalesFigures(2, 2, 1, 1), new SalesFigures(0, 0, 0, 0)));
        bothWaysAgree.run();
        assertThat(keptMonthsDifferingFromRebuilt()).as("kept item months against counted again").isZero();
        transaction.executeWithoutResult(status -> { // the whole month is read from the items' months, the other range not
            jdbc.sql("update item_month set contacts = contacts + 10 where item_id = ? and month = ?").params(fresh, march.from())
                    .update();
            assertThat(areaProspects(march).fresh().contacts()).isEqualTo(12);
            assertThat(areaProspects(marchAndADay).fresh().contacts()).isEqualTo(2);
            assertThat(areaProspects(februaryAndMarch).fresh().contacts()).isEqualTo(areaProspects(februaryAndMarchAndADay)
                    .fresh().contacts() + 10);
            status.setRollbackOnly();
        });
    }

    private ProspectCohorts areaProspects(DateRange range) {
        return measures.figures(scope(Area.SALES, null), List.of(range), EnumSet.of(Metric.CALLS_MADE), true, NOW, TODAY)
                .ranges().get(0).prospects();
    }

    /** The items' months kept by the triggers that differ from those counted again from the follow-ups and items. */
    private long keptMonthsDifferingFromRebuilt() {
        return transaction.execute(status -> {
            jdbc.sql("create temporary table kept_months on commit drop as select * from item_month where contacts <> 0").update();
            jdbc.sql("select item_month_rebuild()").query(Object.class).list();
            long differing = jdbc.sql("""
                            select count(*) from (select * from kept_months except select * from item_month
                                                  union all
                                                  select * from item_month except select * from kept_months) d""")
                    .query(Long.class).single();
            status.setRollbackOnly();
            return differing;
        });
    }

    private ProspectCohorts prospectsInOctober(long seller) {
        return measures.figures(scope(Area.SALES, seller), List.of(OCTOBER), EnumSet.of(Metric.CALLS_MADE), true, NOW, TODAY)
                .ranges().get(0).prospects();
    }

    private Instant firstDone(long item) {
        return jdbc.sql("select first_done_at from item where id = ?").param(item).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
    }

    @Test
    void an_empty_period_has_no_shares_and_each_range_of_a_trend_comes_back_in_order() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long item = open(rule, Area.SALES, seller, local(2026, 12, 1, 9));
        followUp(item, seller, local(2026, 9, 10, 9), local(2026, 9, 10, 10), "FIRST_CONTACT", "EMAIL", null, true);

        List<AreaMeasures.RangeFigures> both = measures.figures(scope(Area.SALES, seller), List.of(SEPTEMBER, OCTOBER), EVERYTHING, false, NOW, TODAY).ranges();

        assertThat(both.get(0).metrics()).containsEntry(Metric.EMAILS_SENT, BigDecimal.ONE)
                .containsEntry(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(100));
        assertThat(both.get(1).metrics()).containsEntry(Metric.EMAILS_SENT, BigDecimal.ZERO)
                .doesNotContainKeys(Metric.CLOSE_RATE_PER_PROSPECT, Metric.FOLLOW_UP_ON_TIME_RATE);
        assertThat(both.get(1).compliance().onTimeRate().hasData()).isFalse();
    }

    @Test
    void the_prospects_of_the_first_range_alone_are_counted_for_the_sales_dashboards_new_and_existing() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long item = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 9, 5, 9), local(2026, 9, 5, 10), "FIRST_CONTACT", "CALL", 5, true);
        followUp(item, seller, local(2026, 10, 5, 9), local(2026, 10, 5, 10), "FOLLOW_UP", "CALL", 5, true);

        List<AreaMeasures.RangeFigures> ranges = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER, SEPTEMBER),
                EnumSet.of(Metric.CALLS_MADE), true, NOW, TODAY).ranges();

        assertThat(ranges.get(0).prospects().existing()).isEqualTo(new SalesFigures(1, 1, 0, 0));
        assertThat(ranges.get(0).prospects().fresh()).isEqualTo(new SalesFigures(0, 0, 0, 0));
        assertThat(ranges.get(1).prospects()).isNull();
        assertThat(ranges.get(1).metrics()).containsEntry(Metric.CALLS_MADE, BigDecimal.ONE)
                .doesNotContainKeys(Metric.CLOSE_RATE_PER_PROSPECT, Metric.CONTACTS_PER_PROSPECT);
    }

    @Test
    void a_range_asked_twice_is_counted_once_and_each_place_gets_what_it_would_alone() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long item = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 10, 5, 9), local(2026, 10, 5, 10), "FIRST_CONTACT", "CALL", 5, true);
        followUp(item, seller, local(2026, 10, 6, 9), local(2026, 10, 7, 10), "FOLLOW_UP", "EMAIL", null, false);

        List<AreaMeasures.RangeFigures> twice = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER, SEPTEMBER, OCTOBER),
                EVERYTHING, false, NOW, TODAY).ranges();
        List<AreaMeasures.RangeFigures> withProspects = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER),
                EnumSet.of(Metric.CALLS_MADE), true, NOW, TODAY).ranges();
        List<AreaMeasures.RangeFigures> withoutProspects = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER),
                EnumSet.of(Metric.CALLS_MADE), false, NOW, TODAY).ranges();
        List<AreaMeasures.RangeFigures> firstWithProspects = measures.figures(scope(Area.SALES, seller),
                List.of(OCTOBER, OCTOBER), EnumSet.of(Metric.CALLS_MADE), true, NOW, TODAY).ranges();

        assertThat(twice.get(2)).isEqualTo(twice.get(0));
        assertThat(twice.get(0).metrics()).containsEntry(Metric.CALLS_MADE, BigDecimal.ONE)
                .containsEntry(Metric.EMAILS_SENT, BigDecimal.ONE).containsEntry(Metric.CONTACTS_PER_PROSPECT, new BigDecimal("2.0"))
                .containsEntry(Metric.FOLLOW_UP_ON_TIME_RATE, BigDecimal.valueOf(50));
        assertThat(twice.get(1).metrics()).containsEntry(Metric.CALLS_MADE, BigDecimal.ZERO);
        assertThat(firstWithProspects.get(0)).isEqualTo(withProspects.get(0));
        assertThat(firstWithProspects.get(1)).isEqualTo(withoutProspects.get(0));
        assertThat(firstWithProspects.get(1).prospects()).isNull();
        assertThat(firstWithProspects.get(1).metrics()).doesNotContainKeys(Metric.CONTACTS_PER_PROSPECT);
    }

    @Test
    void per_prospect_and_moment_figures_are_counted_only_when_asked_for() {
        long seller = person(Area.SALES);
        long rule = rule(Area.SALES);
        long item = open(rule, Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 10, 5, 9), local(2026, 10, 5, 10), "FIRST_CONTACT", "CALL", 5, true);

        AreaMeasures.Figures sales = measures.figures(scope(Area.SALES, seller), List.of(OCTOBER),
                EnumSet.of(Metric.CALLS_MADE), false, NOW, TODAY);

        assertThat(sales.ranges().get(0).metrics()).containsEntry(Metric.CALLS_MADE, BigDecimal.ONE)
                .doesNotContainKeys(Metric.CLOSE_RATE_PER_PROSPECT, Metric.CONTACTS_PER_PROSPECT);
        assertThat(sales.moment()).isEmpty();
    }

    @Test
    void the_days_follow_every_write_of_a_follow_up_and_a_correction_of_its_words_changes_nothing() {
        long seller = person(Area.SALES);
        long item = open(rule(Area.SALES), Area.SALES, seller, local(2026, 11, 20, 9));
        // done at 23:30 on 14 October in Mexico City, already the 15th in UTC; due on the 13th
        followUp(item, seller, local(2026, 10, 13, 9), local(2026, 10, 14, 23).plus(Duration.ofMinutes(30)),
                "FIRST_CONTACT", "CALL", 7, false);
        assertThat(days(seller)).containsExactly(tuple(LocalDate.of(2026, 10, 13), 0, 0, 1),
                tuple(LocalDate.of(2026, 10, 14), 1, 7, 0));

        jdbc.sql("update follow_up set note = 'Called back', result = 'Interested' where item_id = ?").param(item).update();
        assertThat(days(seller)).containsExactly(tuple(LocalDate.of(2026, 10, 13), 0, 0, 1),
                tuple(LocalDate.of(2026, 10, 14), 1, 7, 0));

        jdbc.sql("update follow_up set done_at = done_at + interval '1 day', duration_minutes = 9 where item_id = ?")
                .param(item).update();
        assertThat(days(seller)).containsExactly(tuple(LocalDate.of(2026, 10, 13), 0, 0, 1),
                tuple(LocalDate.of(2026, 10, 14), 0, 0, 0), tuple(LocalDate.of(2026, 10, 15), 1, 9, 0));

        assertThat(areaDays()).isEqualTo(peoplesDaysAddedUp());
        jdbc.sql("delete from follow_up where item_id = ?").param(item).update();
        assertThat(days(seller)).allSatisfy(day -> assertThat(day.toList().subList(1, 4)).containsOnly(0));
        assertThat(areaDays()).isEqualTo(peoplesDaysAddedUp());
    }

    @Test
    void the_areas_days_are_the_sum_of_the_peoples_after_concurrent_back_dated_and_deleted_check_offs() throws Exception {
        long rule = rule(Area.SALES);
        List<Long> sellers = List.of(person(Area.SALES), person(Area.SALES), person(Area.SALES), person(Area.SALES));
        List<Long> itemsOfSellers = sellers.stream().map(seller -> open(rule, Area.SALES, seller, local(2026, 11, 20, 9))).toList();
        long before = areaCalls(LocalDate.of(2026, 10, 21));
        // four people check off at once on the same area and day (each on its own connection, so on its own shard),
        // each also a back-dated one (done on the 7th, due on the 6th), then one of each is deleted
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < sellers.size(); i++) {
                long seller = sellers.get(i);
                long item = itemsOfSellers.get(i);
                done.add(pool.submit(() -> {
                    for (int n = 0; n < 10; n++) {
                        transaction.executeWithoutResult(status -> followUp(item, seller, local(2026, 10, 20, 9),
                                local(2026, 10, 21, 10), "FOLLOW_UP", "CALL", 3, false));
                    }
                    followUp(item, seller, local(2026, 10, 6, 9), local(2026, 10, 7, 9), "FOLLOW_UP", "EMAIL", null, false);
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(areaCalls(LocalDate.of(2026, 10, 21))).isEqualTo(before + 40);
        assertThat(areaDays()).isEqualTo(peoplesDaysAddedUp());

        jdbc.sql("delete from follow_up where item_id in (?, ?) and channel = 'EMAIL'")
                .params(itemsOfSellers.get(0), itemsOfSellers.get(1)).update();
        assertThat(areaDays()).isEqualTo(peoplesDaysAddedUp());
        // the area's figures read its days, a person's their own: both see the same follow-ups
        DateRange day = new DateRange(LocalDate.of(2026, 10, 21), LocalDate.of(2026, 10, 22), MEXICO);
        long area = calls(measures.figures(scope(Area.SALES, null), List.of(day), EVERYTHING, false, NOW, TODAY));
        long people = 0;
        for (long seller : sellers) {
            people += calls(measures.figures(scope(Area.SALES, seller), List.of(day), EVERYTHING, false, NOW, TODAY));
        }
        assertThat(people).isEqualTo(40);
        assertThat(area).isEqualTo(before + 40);
    }

    private static long calls(AreaMeasures.Figures figures) {
        return figures.ranges().get(0).metrics().getOrDefault(Metric.CALLS_MADE, BigDecimal.ZERO).longValueExact();
    }

    private long areaCalls(LocalDate day) {
        return jdbc.sql("select coalesce(sum(calls), 0) from follow_up_area_day where area = 'SALES' and day = ?")
                .param(day).query(Long.class).single();
    }

    /** Each area's totals per day, from its own rows (V61), leaving out all-zero days. */
    private String areaDays() {
        return addedUp("follow_up_area_day");
    }

    private String peoplesDaysAddedUp() {
        return addedUp("follow_up_day");
    }

    private String addedUp(String table) {
        return jdbc.sql("""
                        select coalesce(string_agg(concat_ws(',', area, day, contacts, first_contacts, meetings, calls, emails,
                                                             timed_calls, call_minutes, due_on_time, due_late),
                                                   ';' order by area, day), '')
                        from (select area, day, sum(contacts) as contacts, sum(first_contacts) as first_contacts,
                                     sum(meetings) as meetings, sum(calls) as calls, sum(emails) as emails,
                                     sum(timed_calls) as timed_calls, sum(call_minutes) as call_minutes,
                                     sum(due_on_time) as due_on_time, sum(due_late) as due_late
                              from <table> group by area, day) d
                        where (contacts, first_contacts, meetings, calls, emails, timed_calls, call_minutes, due_on_time,
                               due_late) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)""".replace("<table>", table))
                .query(String.class).single();
    }

    @Test
    void counting_every_day_again_in_one_pass_gives_the_totals_each_write_kept() {
        long seller = person(Area.SALES);
        long item = open(rule(Area.SALES), Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 10, 13, 9), local(2026, 10, 14, 23).plus(Duration.ofMinutes(30)),
                "FIRST_CONTACT", "CALL", 7, false);
        followUp(item, seller, local(2026, 10, 20, 9), local(2026, 10, 20, 10), "FOLLOW_UP", "MEETING", null, true);
        followUp(item, seller, local(2026, 11, 2, 9), local(2026, 11, 3, 10), "FOLLOW_UP", "CALL", null, false);
        String kept = everyDay();

        jdbc.sql("select follow_up_day_rebuild()").query((rs, row) -> row).list();

        assertThat(everyDay()).isEqualTo(kept).contains(String.valueOf(seller));
        assertThat(areaDays()).isEqualTo(peoplesDaysAddedUp()).contains("SALES,2026-10-20,1,0,1");
    }

    /** Every day's totals, leaving out the all-zero rows that writes leave behind and a rebuild does not make. */
    private String everyDay() {
        return jdbc.sql("""
                        select string_agg(concat_ws(',', area, day, person_id, rule_id, contacts, first_contacts, meetings,
                                                    calls, emails, timed_calls, call_minutes, due_on_time, due_late),
                                          ';' order by area, day, person_id, rule_id)
                        from follow_up_day
                        where (contacts, first_contacts, meetings, calls, emails, timed_calls, call_minutes, due_on_time,
                               due_late) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)""")
                .query(String.class).single();
    }

    @Test
    void a_new_company_zone_counts_every_day_again_and_ranges_of_another_zone_are_refused() {
        long seller = person(Area.SALES);
        long item = open(rule(Area.SALES), Area.SALES, seller, local(2026, 11, 20, 9));
        followUp(item, seller, local(2026, 10, 14, 22), local(2026, 10, 14, 23), "FIRST_CONTACT", "CALL", 7, true);
        try {
            zone(ZoneId.of("Asia/Tokyo"));
            assertThat(days(seller)).containsExactly(tuple(LocalDate.of(2026, 10, 15), 1, 7, 1));
            assertThat(FollowUpDays.postgresName(ZoneOffset.ofHours(2))).isEqualTo("<+02:00>-02:00");
            assertThat(FollowUpDays.postgresName(ZoneOffset.UTC)).isEqualTo("UTC");
        } finally {
            zone(MEXICO);
        }
        assertThat(days(seller)).containsExactly(tuple(LocalDate.of(2026, 10, 14), 1, 7, 1));
        assertThatThrownBy(() -> measures.figures(scope(Area.SALES, seller),
                List.of(DateRange.monthOf(LocalDate.of(2026, 10, 1), ZoneId.of("UTC"))), EVERYTHING, false, NOW, TODAY))
                .hasRootCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("company's zone");
    }

    /** Day, contacts, call minutes and follow-ups that fell due, for one person, by day. */
    private List<org.assertj.core.groups.Tuple> days(long person) {
        return jdbc.sql("""
                        select day, contacts, call_minutes, due_on_time + due_late as fell_due from follow_up_day
                        where person_id = ? order by day""")
                .param(person)
                .query((rs, row) -> tuple(rs.getObject("day", LocalDate.class), rs.getInt("contacts"),
                        rs.getInt("call_minutes"), rs.getInt("fell_due")))
                .list();
    }

    private void zone(ZoneId zone) {
        new FollowUpDays(jdbc, transaction, Clock.system(zone)).afterPropertiesSet();
    }

    @Test
    void deliveries_collections_and_receivables_by_age() {
        long clerk = person(Area.OPERATIONS);
        long ops = rule(Area.OPERATIONS);
        deliver(ops, clerk, true, true, true);
        deliver(ops, clerk, true, false, true);
        deliver(ops, clerk, true, true, false);
        deliver(ops, clerk, false, true, true);
        long collector = person(Area.ADMINISTRATION);
        long admin = rule(Area.ADMINISTRATION);
        jdbc.sql("update item set collected_amount = 400, collected_currency = 'MXN' where id = ?")
                .param(closed(admin, Area.ADMINISTRATION, collector, "COLLECTED", local(2026, 10, 9, 9), "1000.00")).update();
        receivable(admin, collector, NOW.plus(Duration.ofDays(3)), "100.00");
        receivable(admin, collector, NOW.minus(Duration.ofDays(10)), "200.00");
        receivable(admin, collector, NOW.minus(Duration.ofDays(45)), "300.00");
        receivable(admin, collector, NOW.minus(Duration.ofDays(120)), "400.00");

        assertThat(measures.figures(scope(Area.OPERATIONS, null), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).ranges().get(0).metrics())
                .containsEntry(Metric.ON_TIME_IN_FULL, BigDecimal.valueOf(25))
                .containsEntry(Metric.LATE_DELIVERIES, BigDecimal.ONE)
                .containsEntry(Metric.INCOMPLETE_DELIVERIES, BigDecimal.ONE);
        assertThat(measures.figures(scope(Area.ADMINISTRATION, collector), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).ranges().get(0)
                .metrics().get(Metric.AMOUNT_COLLECTED)).isEqualByComparingTo("400");
        assertThat(measures.receivables(scope(Area.ADMINISTRATION, collector), NOW))
                .extracting(AreaMeasures.Ageing::bucket, AreaMeasures.Ageing::invoices, a -> a.outstanding().intValue())
                .containsExactly(tuple(AgeingBucket.CURRENT, 1L, 100),
                        tuple(AgeingBucket.DAYS_1_30, 1L, 200),
                        tuple(AgeingBucket.DAYS_31_60, 1L, 300),
                        tuple(AgeingBucket.DAYS_61_90, 0L, 0),
                        tuple(AgeingBucket.OVER_90, 1L, 400));
        assertThat(measures.figures(scope(Area.ADMINISTRATION, collector), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).moment()
                .get(Metric.AMOUNT_OVERDUE)).isEqualByComparingTo("900");
    }

    @Test
    void the_overviews_one_statement_gives_each_area_the_figures_of_its_own_statement() {
        long seller = person(Area.SALES);
        long sales = rule(Area.SALES);
        long prospect = closed(sales, Area.SALES, seller, "SOLD", local(2026, 10, 20, 12), "100.00");
        followUp(prospect, seller, local(2026, 10, 3, 9), local(2026, 10, 3, 10), "FIRST_CONTACT", "CALL", 5, true);
        long clerk = person(Area.OPERATIONS);
        deliver(rule(Area.OPERATIONS), clerk, true, false, true);
        long collector = person(Area.ADMINISTRATION);
        receivable(rule(Area.ADMINISTRATION), collector, NOW.minus(Duration.ofDays(10)), "200.00");
        Set<Metric> onTime = EnumSet.of(Metric.FOLLOW_UP_ON_TIME_RATE);
        java.util.Map<Area, Set<Metric>> asked = new java.util.EnumMap<>(Area.class);
        asked.put(Area.SALES, EVERYTHING);
        asked.put(Area.OPERATIONS, onTime);
        asked.put(Area.ADMINISTRATION, EVERYTHING);

        java.util.Map<Area, AreaMeasures.Figures> together = measures.figuresOfAreas(OCTOBER, asked, MXN, NOW, TODAY);

        assertThat(together).containsOnlyKeys(Area.SALES, Area.OPERATIONS, Area.ADMINISTRATION);
        asked.forEach((area, metrics) -> assertThat(together.get(area))
                .isEqualTo(measures.figures(scope(area, null), List.of(OCTOBER), metrics, false, NOW, TODAY)));
        // each area its own: a sale only in Sales, a delivery only in Operations, money overdue only in Administration
        assertThat(together.get(Area.SALES).ranges().get(0).metrics().get(Metric.NEW_SALES)).isPositive();
        assertThat(together.get(Area.SALES).ranges().get(0).prospects()).isNotNull();
        assertThat(together.get(Area.OPERATIONS).ranges().get(0).prospects()).isNull();
        assertThat(together.get(Area.OPERATIONS).moment()).isEmpty();
        assertThat(together.get(Area.ADMINISTRATION).moment().get(Metric.AMOUNT_OVERDUE)).isPositive();
    }

    @Test
    void an_invoice_collected_in_part_keeps_its_balance_in_its_age_and_the_collection_counts_in_its_month() {
        long collector = person(Area.ADMINISTRATION);
        FollowUpRule rule = rules.findById(rule(Area.ADMINISTRATION)).orElseThrow();
        Item invoice = items.save(Item.open(rule, "Invoice P-1", Counterpart.named("Delta"), collector,
                Money.of("1000", "MXN"), new ItemDetails.AdministrationDetails("P-1", 30, null, null, false, false),
                LocalDateTime.of(2026, 9, 1, 9, 0).atZone(MEXICO), collector));
        invoice.close(new ItemOutcome.Collected(Money.of("400", "MXN"), false), collector, local(2026, 10, 9, 9));
        invoice = items.save(invoice);
        AgeingBucket age = AgeingBucket.forDeadline(invoice.deadline().toInstant(), TODAY, MEXICO);

        assertThat(items.findById(invoice.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
        assertThat(measures.receivables(scope(Area.ADMINISTRATION, collector), NOW))
                .filteredOn(a -> a.bucket() == age).singleElement()
                .satisfies(a -> {
                    assertThat(a.invoices()).isEqualTo(1);
                    assertThat(a.outstanding()).isEqualByComparingTo("600");
                });
        AreaMeasures.Figures figures = measures.figures(scope(Area.ADMINISTRATION, collector), List.of(OCTOBER, SEPTEMBER),
                EVERYTHING, false, NOW, TODAY);
        assertThat(figures.ranges().get(0).metrics().get(Metric.AMOUNT_COLLECTED)).isEqualByComparingTo("400");
        assertThat(figures.ranges().get(1).metrics().get(Metric.AMOUNT_COLLECTED)).isEqualByComparingTo("0");
        assertThat(figures.moment().get(Metric.AMOUNT_OVERDUE)).isEqualByComparingTo("600");
    }

    @Test
    void an_invoice_due_this_morning_is_current_and_one_due_last_night_is_past_due_as_the_domain_says() {
        long collector = person(Area.ADMINISTRATION);
        long admin = rule(Area.ADMINISTRATION);
        Instant thisMorning = local(2026, 11, 5, 9);
        Instant lastNight = local(2026, 11, 4, 23).plus(Duration.ofMinutes(59));
        receivable(admin, collector, thisMorning, "100.00");
        receivable(admin, collector, lastNight, "200.00");

        assertThat(measures.receivables(scope(Area.ADMINISTRATION, collector), NOW))
                .extracting(AreaMeasures.Ageing::bucket, AreaMeasures.Ageing::invoices)
                .containsExactly(tuple(AgeingBucket.forDeadline(thisMorning, TODAY, MEXICO), 1L),
                        tuple(AgeingBucket.forDeadline(lastNight, TODAY, MEXICO), 1L),
                        tuple(AgeingBucket.DAYS_31_60, 0L), tuple(AgeingBucket.DAYS_61_90, 0L), tuple(AgeingBucket.OVER_90, 0L));
        assertThat(AgeingBucket.forDeadline(thisMorning, TODAY, MEXICO)).isEqualTo(AgeingBucket.CURRENT);
        assertThat(measures.figures(scope(Area.ADMINISTRATION, collector), List.of(OCTOBER), EVERYTHING, false, NOW, TODAY).moment()
                .get(Metric.AMOUNT_OVERDUE)).isEqualByComparingTo("200");
    }

    @Test
    void people_come_worst_first_with_what_is_overdue_now() {
        long good = person(Area.SALES);
        long behind = person(Area.SALES);
        long rule = rule(Area.SALES);
        long goodItem = open(rule, Area.SALES, good, local(2026, 11, 30, 9));
        followUp(goodItem, good, local(2026, 10, 5, 9), local(2026, 10, 5, 9), "FIRST_CONTACT", "CALL", 5, true);
        long late = open(rule, Area.SALES, behind, local(2026, 10, 3, 9));
        followUp(late, behind, local(2026, 10, 1, 9), local(2026, 10, 2, 9), "FIRST_CONTACT", "CALL", 5, false);

        AreaMeasures.Behind all = measures.behind(Area.SALES, OCTOBER, NOW);
        List<AreaMeasures.PersonFigures> people = all.people().stream()
                .filter(p -> p.personId() == good || p.personId() == behind).toList();

        assertThat(people).extracting(AreaMeasures.PersonFigures::personId).containsExactly(behind, good);
        assertThat(people.get(0).compliance()).isEqualTo(new Compliance(0, 1, 1));
        assertThat(people.get(0).overdueNow()).isEqualTo(1);
        assertThat(people.get(0).oldestOverdue()).isEqualTo(local(2026, 10, 3, 9));
        assertThat(people.get(1).compliance()).isEqualTo(new Compliance(1, 0, 0));
        assertThat(all.rules()).filteredOn(r -> r.ruleId() == rule).singleElement().satisfies(r -> {
            assertThat(r.compliance()).isEqualTo(new Compliance(1, 1, 1));
            assertThat(r.overdueNow()).isEqualTo(1);
        });
    }

    @Test
    void the_funnel_counts_who_reached_each_stage_of_the_first_sales_rule() {
        long seller = person(Area.SALES);
        long rule = theOnlySalesRule("Lead\nProposal\nNegotiation");
        stage(open(rule, Area.SALES, seller, NOW), "Lead");
        stage(open(rule, Area.SALES, seller, NOW), "Lead");
        stage(open(rule, Area.SALES, seller, NOW), "Proposal");
        stage(closed(rule, Area.SALES, seller, "ELIMINATED", local(2026, 10, 9, 9), null), "Negotiation");
        stage(closed(rule, Area.SALES, seller, "SOLD", local(2026, 10, 9, 9), "10.00"), "Proposal");
        stage(open(rule, Area.SALES, seller, NOW), "A stage the rule no longer has"); // reached none
        closed(rule, Area.SALES, seller, "SOLD", local(2026, 10, 9, 9), "10.00"); // no stage, sold: reached every one

        assertThat(measures.funnel(seller, DateRange.monthOf(LocalDate.of(2026, 9, 1), MEXICO)))
                .extracting(AreaMeasures.FunnelStage::stage, AreaMeasures.FunnelStage::reached)
                .containsExactly(tuple("Lead", 6L), tuple("Proposal", 4L), tuple("Negotiation", 3L), tuple("SOLD", 2L));
    }

    @Test
    void the_pipeline_adds_up_each_stage_and_currency_with_each_item_weighted_by_its_own_probability() {
        long seller = person(Area.SALES);
        long rule = theOnlySalesRule("Lead\nProposal");
        worth(open(rule, Area.SALES, seller, NOW), "Lead", "1000.00", "MXN", 10);
        worth(open(rule, Area.SALES, seller, NOW), "Lead", "333.33", "MXN", 10);
        worth(open(rule, Area.SALES, seller, NOW), "Lead", "2000.00", "MXN", 75);
        worth(open(rule, Area.SALES, seller, NOW), "Lead", "500.00", "MXN", null); // weighs nothing
        worth(open(rule, Area.SALES, seller, NOW), "Lead", "100.00", "USD", 50);
        worth(open(rule, Area.SALES, seller, NOW), "Proposal", "0.05", "MXN", 33);

        assertThat(measures.salesMoney(seller, DateRange.monthOf(LocalDate.of(2026, 9, 1), MEXICO)).pipeline())
                .extracting(AreaMeasures.StageMoney::stage, AreaMeasures.StageMoney::currency, AreaMeasures.StageMoney::items,
                        s -> s.amount().toPlainString(), s -> s.weighted().toPlainString())
                .containsExactly(
                        // 100.00 + 33.333 + 1,500.00 = 1,633.333, to the cent
                        tuple("Lead", "MXN", 4L, "3833.33", "1633.33"),
                        tuple("Proposal", "MXN", 1L, "0.05", "0.02"),
                        tuple("Lead", "USD", 1L, "100.00", "50.00"));
    }

    /** A new Sales rule with these stages, the only active one: the funnel is the first active Sales rule's. */
    private long theOnlySalesRule(String stages) {
        jdbc.sql("update follow_up_rule set status = 'ARCHIVED' where area = 'SALES'").update();
        long rule = rule(Area.SALES);
        jdbc.sql("update follow_up_rule set stages = ? where id = ?").params(stages, rule).update();
        return rule;
    }

    private void worth(long item, String stage, String amount, String currency, Integer probability) {
        jdbc.sql("update item set stage = ?, amount = ?, currency = ?, conversion_probability = ? where id = ?")
                .params(stage, new BigDecimal(amount), currency, probability, item).update();
    }

    private void stage(long item, String stage) {
        jdbc.sql("update item set stage = ? where id = ?").params(stage, item).update();
    }

    private void deliver(long rule, long owner, boolean complete, boolean correct, boolean onTime) {
        long id = closed(rule, Area.OPERATIONS, owner, "DELIVERED", local(2026, 10, 15, 9), null);
        jdbc.sql("update item set delivered_complete = ?, delivered_correct = ?, delivered_on_time = ? where id = ?")
                .params(complete, correct, onTime, id).update();
    }

    private void receivable(long rule, long owner, Instant deadline, String amount) {
        long id = open(rule, Area.ADMINISTRATION, owner, NOW.plus(Duration.ofDays(1)));
        jdbc.sql("update item set deadline = ?, amount = ?, currency = 'MXN' where id = ?")
                .params(Timestamp.from(deadline), new BigDecimal(amount), id).update();
    }

    private long open(long rule, Area area, long owner, Instant nextDue) {
        return insertItem(rule, area, owner, "OPEN", nextDue, null, null, null);
    }

    private long closed(long rule, Area area, long owner, String outcome, Instant closedAt, String amount) {
        return insertItem(rule, area, owner, "CLOSED", null, closedAt, outcome, amount);
    }

    private long insertItem(long rule, Area area, long owner, String status, Instant nextDue, Instant closedAt,
                            String outcome, String amount) {
        return jdbc.sql("""
                        insert into item (rule_id, rule_revision, area, title, counterpart_name, owner_id, started_at, deadline,
                                          status, next_due_at, closed_at, outcome, amount, currency)
                        values (?, 1, ?, ?, 'ACME', ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(rule, area.name(), "Item " + COUNTER.incrementAndGet(), owner, Timestamp.from(local(2026, 9, 1, 9)),
                        Timestamp.from(local(2027, 1, 1, 0)), status, ts(nextDue), ts(closedAt), outcome,
                        amount == null ? null : new BigDecimal(amount), amount == null ? null : "MXN")
                .query(Long.class).single();
    }

    private void followUp(long item, long by, Instant due, Instant done, String kind, String channel, Integer minutes,
                          boolean onTime) {
        jdbc.sql("""
                        insert into follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel,
                                               duration_minutes, result, kind, on_time, area, rule_id)
                        select i.id, ?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, i.area, i.rule_id from item i where i.id = ?""")
                .params(UUID.randomUUID(), Timestamp.from(due), Timestamp.from(done), Timestamp.from(done), by,
                        channel, minutes, kind, onTime, item)
                .update();
    }

    private long person(Area area) {
        return accounts.save(UserAccount.create("measured" + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 10000,
                "Person " + COUNTER.get(), "{noop}x", Role.STAFF, Set.of(area))).id();
    }

    private long rule(Area area) {
        Kpi kpi = kpis.save(Kpi.define(area, "Measured " + COUNTER.incrementAndGet(), "n", BigDecimal.ONE, KpiPeriod.MONTH));
        FollowUpRule rule = rules.save(FollowUpRule.define(new RuleDraft(area, "Measured rule " + COUNTER.incrementAndGet(),
                "Objective", new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("owner"), new ReportedIn("board", null), kpi.id(), Duration.ofDays(2),
                area == Area.SALES ? List.of("Lead") : List.of())), "test");
        return rule.id();
    }

    private static AreaMeasures.Scope scope(Area area, Long person) {
        return new AreaMeasures.Scope(area, person, MXN);
    }

    private static Instant local(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(MEXICO).toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
