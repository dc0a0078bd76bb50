package com.followup.persistence.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import com.followup.domain.dashboard.FigureRows.CountedFollowUps;
import com.followup.domain.dashboard.FigureRows.CountedItems;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.domain.kpi.Metric;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRules;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.ToLongFunction;

import static com.followup.persistence.dashboard.MeasuredHistory.NOW;
import static com.followup.persistence.dashboard.MeasuredHistory.OCTOBER;
import static com.followup.persistence.dashboard.MeasuredHistory.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the dashboards and the list behind it, computed on the same history: the list has exactly as many
 * rows as the figure says, for the whole area and for one person.
 */
@PersistenceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureRowsTest {

    @Autowired AreaMeasures measures;
    @Autowired FigureRows rows;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired FollowUpRules rules;
    @Autowired Kpis kpis;

    long seller;
    long operator;
    long collector;

    @BeforeAll
    void aHistoryOfOctober() {
        MeasuredHistory.Built built = new MeasuredHistory(jdbc, accounts, rules, kpis).october();
        seller = built.seller();
        operator = built.operator();
        collector = built.collector();
    }

    record Figure(String name, ToLongFunction<FigureRowsTest> figure, ToLongFunction<FigureRowsTest> rows) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void the_list_behind_a_figure_has_as_many_rows_as_the_figure(Figure figure) {
        long counted = figure.figure().applyAsLong(this);
        assertThat(counted).as("the history gives %s something to count", figure.name()).isPositive();
        assertThat(figure.rows().applyAsLong(this)).isEqualTo(counted);
    }

    @Test
    void a_follow_up_rescheduled_after_it_fell_due_stays_overdue_in_the_month_it_fell_due() {
        FigureRows.FollowUpPage overdue = rows.followUps(new FigureRows.FollowUpsQuery(Area.SALES, null, null, null, OCTOBER,
                CountedFollowUps.OVERDUE, 0, 50), NOW);

        assertThat(overdue.rows()).extracting(FigureRows.FollowUpRow::dueAt).contains(MeasuredHistory.RESCHEDULED_FELL_DUE);
        assertThat(figures(Area.SALES, null).compliance().stillOverdue())
                .isEqualTo(overdue.total());
    }

    @Test
    void a_customer_won_back_by_the_portfolio_is_neither_a_new_sale_nor_a_prospect_of_the_close_rate() {
        AreaMeasures.RangeFigures seller = figures(Area.SALES, this.seller);

        assertThat(metric(Area.SALES, this.seller, Metric.NEW_SALES)).isEqualTo(1);
        assertThat(items(Area.SALES, this.seller, null, CountedItems.SOLD, null, null)).isEqualTo(1);
        assertThat(seller.prospects().all().salesClosed()).isEqualTo(1);
        assertThat(seller.prospects().all().distinctProspects()).as("the sold and the lost prospect").isEqualTo(2);
    }

    @Test
    void a_money_figure_equals_the_money_of_its_list_in_the_company_currency_and_other_currencies_are_shown_apart() {
        assertThat(mxn(Area.SALES, CountedItems.SOLD, null, null)).isEqualByComparingTo(
                BigDecimal.valueOf(metric(Area.SALES, null, Metric.NEW_SALES_AMOUNT)));
        assertThat(mxn(Area.SALES, CountedItems.WON, null, "MXN")).isEqualByComparingTo(won(null).amount());
        assertThat(mxn(Area.SALES, CountedItems.PIPELINE, "Lead", "MXN")).isEqualByComparingTo(pipeline(null, "Lead").amount());
        assertThat(mxn(Area.ADMINISTRATION, CountedItems.PAST_DUE, null, null)).isEqualByComparingTo(
                BigDecimal.valueOf(metric(Area.ADMINISTRATION, null, Metric.AMOUNT_OVERDUE)));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            assertThat(rows.money(new FigureRows.ItemsQuery(Area.ADMINISTRATION, null, null, OCTOBER, CountedItems.AGED, bucket,
                    null, 0, 1), NOW).stream().filter(m -> m.currency().equals("MXN")).map(FigureRows.CurrencyAmount::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).as(bucket.name()).isEqualByComparingTo(ageing(bucket).outstanding());
        }
        assertThat(rows.money(new FigureRows.ItemsQuery(Area.ADMINISTRATION, null, null, OCTOBER, CountedItems.PAST_DUE, null,
                null, 0, 1), NOW)).extracting(FigureRows.CurrencyAmount::currency).contains("USD");
        assertThat(rows.money(new FigureRows.ItemsQuery(Area.SALES, null, null, OCTOBER, CountedItems.LOST, null, null, 0, 1),
                NOW)).isEmpty();
    }

    private BigDecimal mxn(Area area, CountedItems counted, String stage, String currency) {
        return rows.money(new FigureRows.ItemsQuery(area, null, null, OCTOBER, counted, null, stage, currency, 0, 1), NOW)
                .stream().filter(m -> m.currency().equals("MXN")).map(FigureRows.CurrencyAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void the_sales_funnel_lists_no_prospect_to_someone_reading_another_area() {
        assertThat(items(Area.SALES, null, null, CountedItems.REACHED_STAGE, null, "Lead")).isPositive();
        for (Area other : List.of(Area.OPERATIONS, Area.ADMINISTRATION)) {
            assertThat(items(other, null, null, CountedItems.REACHED_STAGE, null, "Lead")).as("reached, as %s", other).isZero();
            assertThat(items(other, null, null, CountedItems.DROPPED_BEFORE_STAGE, null, "Proposal")).as("dropped, as %s", other)
                    .isZero();
        }
    }

    static List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        for (boolean onePerson : new boolean[]{false, true}) {
            String who = onePerson ? " of one person" : " of the area";
            metric(all, who, onePerson, Area.SALES, Metric.NEW_SALES, CountedItems.SOLD);
            metric(all, who, onePerson, Area.SALES, Metric.LOST_OPPORTUNITIES, CountedItems.LOST);
            metric(all, who, onePerson, Area.OPERATIONS, Metric.LATE_DELIVERIES, CountedItems.DELIVERED_LATE);
            metric(all, who, onePerson, Area.OPERATIONS, Metric.INCOMPLETE_DELIVERIES, CountedItems.DELIVERED_INCOMPLETE);
            metric(all, who, onePerson, Area.OPERATIONS, Metric.OPEN_PAST_PROMISED_DATE, CountedItems.PAST_PROMISED_DATE);
            metric(all, who, onePerson, Area.ADMINISTRATION, Metric.ADVANCES_PENDING, CountedItems.ADVANCES_PENDING);
            contacts(all, who, onePerson, Metric.FIRST_CONTACTS, CountedFollowUps.FIRST_CONTACTS);
            contacts(all, who, onePerson, Metric.FOLLOW_UP_CONTACTS, CountedFollowUps.FOLLOW_UP_CONTACTS);
            contacts(all, who, onePerson, Metric.FOLLOW_UP_MEETINGS, CountedFollowUps.MEETINGS);
            contacts(all, who, onePerson, Metric.CALLS_MADE, CountedFollowUps.CALLS);
            contacts(all, who, onePerson, Metric.EMAILS_SENT, CountedFollowUps.EMAILS);
            compliance(all, who, onePerson, "fell due", c -> c.fellDue(), CountedFollowUps.FELL_DUE);
            compliance(all, who, onePerson, "done on time", c -> c.doneOnTime(), CountedFollowUps.ON_TIME);
            compliance(all, who, onePerson, "done late", c -> c.doneLate(), CountedFollowUps.LATE);
            compliance(all, who, onePerson, "still overdue", c -> c.stillOverdue(), CountedFollowUps.OVERDUE);
        }
        all.add(new Figure("a person's follow-ups that fell due, in who is behind",
                t -> t.person().compliance().fellDue(), t -> t.followUps(Area.SALES, t.seller, null, CountedFollowUps.FELL_DUE)));
        all.add(new Figure("a person's items overdue now, in who is behind",
                t -> t.person().overdueNow(), t -> t.items(Area.SALES, t.seller, null, CountedItems.OVERDUE_NOW, null, null)));
        all.add(new Figure("a person's items past their deadline, in who is behind",
                t -> t.person().pastDeadline(), t -> t.items(Area.SALES, t.seller, null, CountedItems.PAST_DEADLINE, null, null)));
        all.add(new Figure("a rule's follow-ups that fell due",
                t -> t.rule().compliance().fellDue(), t -> t.followUps(Area.SALES, null, t.rule().ruleId(), CountedFollowUps.FELL_DUE)));
        all.add(new Figure("a rule's items overdue now",
                t -> t.rule().overdueNow(), t -> t.items(Area.SALES, null, t.rule().ruleId(), CountedItems.OVERDUE_NOW, null, null)));
        for (AgeingBucket bucket : AgeingBucket.values()) {
            all.add(new Figure("receivables " + bucket, t -> t.ageing(bucket).invoices(),
                    t -> t.items(Area.ADMINISTRATION, null, null, CountedItems.AGED, bucket, null)));
        }
        all.add(new Figure("open invoices in other currencies, beside the ageing",
                t -> t.measures.receivablesInOtherCurrencies(MeasuredHistory.scope(Area.ADMINISTRATION, null), NOW,
                        NOW.atZone(MeasuredHistory.MEXICO).toLocalDate()).currencies().stream().mapToLong(AreaMeasures.OtherCurrency::invoices).sum(),
                t -> t.items(Area.ADMINISTRATION, null, null, CountedItems.OTHER_CURRENCY, null, null)));
        all.add(new Figure("the follow-ups that fell due under the rules that move a KPI",
                t -> t.kpiRules().stream().mapToLong(r -> r.compliance().fellDue()).sum(),
                t -> t.rows.followUps(new FigureRows.FollowUpsQuery(Area.SALES, null, null, t.kpiRules().get(0).kpiId(),
                        OCTOBER, CountedFollowUps.FELL_DUE, 0, 10), NOW).total()));
        all.add(new Figure("open invoices without an amount, beside the ageing",
                t -> t.measures.receivablesInOtherCurrencies(MeasuredHistory.scope(Area.ADMINISTRATION, null), NOW, TODAY)
                        .withoutAmount(),
                t -> t.items(Area.ADMINISTRATION, null, null, CountedItems.NO_AMOUNT, null, null)));
        for (boolean onePerson : new boolean[]{false, true}) {
            String who = onePerson ? " of one person" : " of the area";
            all.add(new Figure("amount collected, against the money its list adds up" + who,
                    t -> t.metric(Area.ADMINISTRATION, t.person(Area.ADMINISTRATION, onePerson), Metric.AMOUNT_COLLECTED),
                    t -> t.collectedIn(t.person(Area.ADMINISTRATION, onePerson), "MXN").longValueExact()));
            for (int day : onePerson ? new int[]{20, 31} : new int[]{5, 19, 20, 31}) {
                all.add(new Figure("running total of sales to 2025-10-" + day + who,
                        t -> t.runningTotal(OCTOBER, t.person(Area.SALES, onePerson)).days().get(day - 1).sales(),
                        t -> t.rows.items(new FigureRows.ItemsQuery(Area.SALES, t.person(Area.SALES, onePerson), null,
                                DateRange.between(OCTOBER.from(), LocalDate.of(2025, 10, day), MeasuredHistory.MEXICO),
                                CountedItems.SOLD, null, null, 0, 10), NOW).total()));
            }
        }
        all.add(new Figure("running total of last month to the same day (5 October, seen on 5 November)",
                t -> t.runningTotal(DateRange.monthOf(TODAY, MeasuredHistory.MEXICO), null).latest().lastMonthSales(),
                t -> t.rows.items(new FigureRows.ItemsQuery(Area.SALES, null, null,
                        DateRange.between(OCTOBER.from(), LocalDate.of(2025, 10, 5), MeasuredHistory.MEXICO),
                        CountedItems.SOLD, null, null, 0, 10), NOW).total()));
        for (String stage : List.of("Lead", "Proposal", "Negotiation", "SOLD")) {
            all.add(new Figure("funnel: reached " + stage, t -> t.reached(stage),
                    t -> t.items(Area.SALES, null, null, CountedItems.REACHED_STAGE, null, stage)));
        }
        for (String stage : List.of("Proposal", "Negotiation", "SOLD")) {
            all.add(new Figure("funnel: dropped before " + stage, t -> t.droppedBefore(stage),
                    t -> t.items(Area.SALES, null, null, CountedItems.DROPPED_BEFORE_STAGE, null, stage)));
        }
        for (boolean onePerson : new boolean[]{false, true}) {
            String who = onePerson ? " of one person" : " of the area";
            for (String stage : List.of("Lead", "Proposal")) {
                all.add(new Figure("money: open pipeline in " + stage + who,
                        t -> t.pipeline(t.person(Area.SALES, onePerson), stage).items(),
                        t -> t.moneyItems(t.person(Area.SALES, onePerson), CountedItems.PIPELINE, stage)));
            }
            all.add(new Figure("money: won in the period" + who,
                    t -> t.won(t.person(Area.SALES, onePerson)).items(),
                    t -> t.moneyItems(t.person(Area.SALES, onePerson), CountedItems.WON, null)));
        }
        return all;
    }

    @Test
    void the_collected_list_adds_up_each_currency_on_its_own_and_leaves_out_what_was_collected_before_the_range() {
        List<FigureRows.CurrencyAmount> collected = rows.collected(Area.ADMINISTRATION, collector, OCTOBER);

        assertThat(collected).extracting(FigureRows.CurrencyAmount::currency).containsExactly("MXN", "USD");
        assertThat(collectedIn(collector, "MXN")).isEqualByComparingTo("85");
        assertThat(collectedIn(collector, "USD")).isEqualByComparingTo("40");
        assertThat(items(Area.ADMINISTRATION, collector, null, CountedItems.COLLECTED, null, null)).isEqualTo(3);
    }

    @Test
    void an_invoice_without_an_amount_is_counted_beside_the_ageing_not_in_a_currency() {
        AreaMeasures.OtherReceivables others = measures.receivablesInOtherCurrencies(
                MeasuredHistory.scope(Area.ADMINISTRATION, collector), NOW, TODAY);

        assertThat(others.withoutAmount()).isEqualTo(1);
        assertThat(others.currencies()).extracting(AreaMeasures.OtherCurrency::currency).containsExactly("USD");
    }

    @Test
    void the_running_total_adds_up_october_s_two_sales_on_the_days_they_closed() {
        SalesRunningTotal october = runningTotal(OCTOBER, null);

        assertThat(october.days()).hasSize(31);
        assertThat(october.days().get(3).sales()).isEqualTo(october.days().get(4).sales() - 1);
        assertThat(october.latest().amount("MXN")).isPositive();
    }

    private SalesRunningTotal runningTotal(DateRange month, Long person) {
        return SalesRunningTotal.of(month, TODAY, measures.dailySales(person, SalesRunningTotal.daysRead(month, TODAY)),
                "MXN", null, null);
    }

    private java.math.BigDecimal collectedIn(Long person, String currency) {
        return rows.collected(Area.ADMINISTRATION, person, OCTOBER).stream().filter(c -> c.currency().equals(currency))
                .map(FigureRows.CurrencyAmount::amount).findFirst().orElse(java.math.BigDecimal.ZERO);
    }

    private AreaMeasures.StageMoney pipeline(Long person, String stage) {
        return measures.salesMoney(person, OCTOBER).pipeline().stream()
                .filter(s -> s.stage().equals(stage) && s.currency().equals("MXN")).findFirst().orElseThrow();
    }

    private AreaMeasures.WonMoney won(Long person) {
        return measures.salesMoney(person, OCTOBER).won().stream().filter(w -> w.currency().equals("MXN"))
                .findFirst().orElseThrow();
    }

    private long moneyItems(Long person, CountedItems counted, String stage) {
        return rows.items(new FigureRows.ItemsQuery(Area.SALES, person, null, OCTOBER, counted, null, stage, "MXN", 0, 10),
                NOW).total();
    }

    private static void metric(List<Figure> all, String who, boolean onePerson, Area area, Metric metric, CountedItems counted) {
        all.add(new Figure(metric + who, t -> t.metric(area, t.person(area, onePerson), metric),
                t -> t.items(area, t.person(area, onePerson), null, counted, null, null)));
    }

    private static void contacts(List<Figure> all, String who, boolean onePerson, Metric metric, CountedFollowUps counted) {
        all.add(new Figure(metric + who, t -> t.metric(Area.SALES, t.person(Area.SALES, onePerson), metric),
                t -> t.followUps(Area.SALES, t.person(Area.SALES, onePerson), null, counted)));
    }

    private static void compliance(List<Figure> all, String who, boolean onePerson, String name,
                                   ToLongFunction<com.followup.domain.dashboard.Compliance> figure, CountedFollowUps counted) {
        all.add(new Figure("follow-ups " + name + who,
                t -> figure.applyAsLong(t.figures(Area.SALES, t.person(Area.SALES, onePerson)).compliance()),
                t -> t.followUps(Area.SALES, t.person(Area.SALES, onePerson), null, counted)));
    }

    private Long person(Area area, boolean onePerson) {
        return !onePerson ? null : switch (area) {
            case SALES -> seller;
            case OPERATIONS -> operator;
            case ADMINISTRATION -> collector;
        };
    }

    private AreaMeasures.RangeFigures figures(Area area, Long person) {
        return measures.figures(MeasuredHistory.scope(area, person), List.of(OCTOBER), EnumSet.allOf(Metric.class), false, NOW, TODAY)
                .ranges().get(0);
    }

    private long metric(Area area, Long person, Metric metric) {
        AreaMeasures.Figures all = measures.figures(MeasuredHistory.scope(area, person), List.of(OCTOBER),
                EnumSet.allOf(Metric.class), false, NOW, TODAY);
        return (metric.ofTheMoment() ? all.moment() : all.ranges().get(0).metrics()).get(metric).longValueExact();
    }

    private AreaMeasures.PersonFigures person() {
        return measures.behind(Area.SALES, OCTOBER, NOW).people().stream().filter(p -> p.personId() == seller)
                .findFirst().orElseThrow();
    }

    private AreaMeasures.RuleFigures rule() {
        return measures.behind(Area.SALES, OCTOBER, NOW).rules().stream().filter(r -> r.overdueNow() > 0)
                .findFirst().orElseThrow();
    }

    /** The rules of Sales that move the same KPI as the first rule with follow-ups due. */
    private List<AreaMeasures.RuleFigures> kpiRules() {
        List<AreaMeasures.RuleFigures> all = measures.behind(Area.SALES, OCTOBER, NOW).rules();
        long kpi = all.stream().filter(r -> r.compliance().fellDue() > 0).findFirst().orElseThrow().kpiId();
        return all.stream().filter(r -> r.kpiId() == kpi).toList();
    }

    private AreaMeasures.Ageing ageing(AgeingBucket bucket) {
        return measures.receivables(MeasuredHistory.scope(Area.ADMINISTRATION, null), NOW).stream()
                .filter(a -> a.bucket() == bucket).findFirst().orElseThrow();
    }

    private long reached(String stage) {
        return measures.funnel(null, OCTOBER).stream().filter(s -> s.stage().equals(stage)).findFirst().orElseThrow().reached();
    }

    private long droppedBefore(String stage) {
        List<AreaMeasures.FunnelStage> funnel = measures.funnel(null, OCTOBER);
        for (int i = 1; i < funnel.size(); i++) {
            if (funnel.get(i).stage().equals(stage)) {
                return funnel.get(i - 1).reached() - funnel.get(i).reached();
            }
        }
        throw new IllegalArgumentException(stage);
    }

    private long items(Area area, Long person, Long rule, CountedItems counted, AgeingBucket age, String stage) {
        return rows.items(new FigureRows.ItemsQuery(area, person, rule, OCTOBER, counted, age, stage, 0, 10), NOW).total();
    }

    private long followUps(Area area, Long person, Long rule, CountedFollowUps counted) {
        return rows.followUps(new FigureRows.FollowUpsQuery(area, person, rule, null, OCTOBER, counted, 0, 10), NOW).total();
    }
}
