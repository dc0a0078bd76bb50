package com.followup.persistence.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import com.followup.domain.dashboard.FigureRows.CountedFollowUps;
import com.followup.domain.dashboard.FigureRows.CountedItems;
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
                        NOW.atZone(MeasuredHistory.MEXICO).toLocalDate()).stream().mapToLong(AreaMeasures.OtherCurrency::invoices).sum(),
                t -> t.items(Area.ADMINISTRATION, null, null, CountedItems.OTHER_CURRENCY, null, null)));
        all.add(new Figure("the follow-ups that fell due under the rules that move a KPI",
                t -> t.kpiRules().stream().mapToLong(r -> r.compliance().fellDue()).sum(),
                t -> t.rows.followUps(new FigureRows.FollowUpsQuery(Area.SALES, null, null, t.kpiRules().get(0).kpiId(),
                        OCTOBER, CountedFollowUps.FELL_DUE, 0, 10), NOW).total()));
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
        return measures.figures(MeasuredHistory.scope(area, person), List.of(OCTOBER), EnumSet.allOf(Metric.class), NOW, TODAY)
                .ranges().get(0);
    }

    private long metric(Area area, Long person, Metric metric) {
        AreaMeasures.Figures all = measures.figures(MeasuredHistory.scope(area, person), List.of(OCTOBER),
                EnumSet.allOf(Metric.class), NOW, TODAY);
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
