package com.followup.web.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiEntry;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.KpiPrecision;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.PortfolioMetrics;
import com.followup.web.dashboard.ParallelReads.Read;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a dashboard from a handful of statements whatever the history size: the KPIs, one statement for the
 * figures of every range shown (the period, the month so far, the same days of last month and 13 weeks), one for
 * the figures of the moment (with the lead KPIs), one for the people, and one for the funnel or the receivables (on
 * Sales with its money). The people and the funnel or the receivables are read beside the figures (ParallelReads).
 */
@Service
class Dashboards {

    static final int TREND_WEEKS = 13;

    private final Kpis kpis;
    private final AreaMeasures measures;
    private final PortfolioDashboards portfolio;
    private final Currency currency;
    private final ParallelReads reads;
    private final Clock clock;

    Dashboards(Kpis kpis, AreaMeasures measures, PortfolioDashboards portfolio,
               @Value("${followup.default-currency:MXN}") String currency, ParallelReads reads, Clock clock) {
        this.kpis = kpis;
        this.measures = measures;
        this.portfolio = portfolio;
        this.currency = Currency.getInstance(currency);
        this.reads = reads;
        this.clock = clock;
    }

    AreaDashboard area(Area area, DateRange range, Long personId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        DateRange monthSoFar = DateRange.monthToDate(today, clock.getZone());
        List<DateRange> weeks = DateRange.weeksUpTo(today, TREND_WEEKS, clock.getZone());
        List<DateRange> ranges = new ArrayList<>(List.of(range, monthSoFar, monthSoFar.monthBefore()));
        ranges.addAll(weeks);
        AreaMeasures.Scope scope = new AreaMeasures.Scope(area, personId, currency);
        // who is behind and the funnel or the receivables do not depend on the figures: read beside them
        Read<AreaMeasures.Behind> behindRead = reads.start(() -> measures.behind(area, range, now));
        Read<AreaMeasures.Sales> salesRead = area == Area.SALES ? reads.start(() -> measures.sales(personId, range))
                : Read.none();
        Read<Receivables> receivablesRead = area == Area.ADMINISTRATION
                ? reads.start(() -> new Receivables(measures.receivables(scope, now),
                        measures.receivablesInOtherCurrencies(scope, now, today)))
                : Read.none();

        List<Kpi> areaKpis = kpis.findByArea(area);
        Map<Long, Map<Long, BigDecimal>> personTargets = personId == null ? Map.of() : kpis.personTargets(area);
        Set<Metric> asked = computed(areaKpis);
        // the new and existing prospects of the period, always shown on Sales; the other ranges only for a KPI per prospect
        AreaMeasures.Figures all = measures.figures(scope, ranges, asked, area == Area.SALES, now, today);
        List<AreaMeasures.RangeFigures> figures = all.ranges();
        List<KpiEntry> entries = areaKpis.stream().anyMatch(kpi -> !kpi.isComputed())
                ? kpis.entries(area, earliest(ranges), latest(ranges)) : List.of();
        Map<Metric, BigDecimal> moment = new java.util.EnumMap<>(Metric.class);
        moment.putAll(all.moment());
        // the portfolio's metrics cost two statements (the service matrix, then the overview with its coverage), read
        // only when a KPI asks, however many ask: for the period (and now) alone
        Map<Metric, BigDecimal> ofPortfolio = portfolioMetrics(asked, range, personId);
        ofPortfolio.forEach((metric, value) -> {
            if (metric.ofTheMoment()) {
                moment.put(metric, value);
            }
        });

        AreaMeasures.Behind behind = behindRead.get();
        AreaMeasures.Sales sales = salesRead.get();
        Receivables receivables = receivablesRead.get();
        List<KpiRow> rows = new ArrayList<>();
        for (Kpi kpi : areaKpis) {
            BigDecimal target = personId == null ? kpi.target()
                    : personTargets.getOrDefault(kpi.id(), Map.of()).getOrDefault(personId, kpi.target());
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                values.add(kpi.isComputed() && kpi.metric().ofThePortfolio() && !kpi.metric().ofTheMoment()
                        ? (i == 0 ? ofPortfolio.get(kpi.metric()) : null)
                        : value(kpi, ranges.get(i), figures.get(i), moment, entries, personId));
            }
            boolean ofTheMoment = kpi.isComputed() && kpi.metric().ofTheMoment();
            BigDecimal actual = values.get(0);
            BigDecimal scaledTarget = KpiPrecision.scaledTarget(kpi, target, range);
            boolean monthly = false;
            if (actual == null && !kpi.isComputed() && kpi.period() == KpiPeriod.MONTH && withinOneMonth(range)) {
                // a monthly value entered for the month holding the range: shown as the month's, against the month's target
                actual = value(kpi, DateRange.monthOf(range.from(), range.zone()), null, moment, entries, personId);
                monthly = actual != null;
                scaledTarget = monthly ? target : scaledTarget;
            }
            Compliance ruleCompliance = personId == null ? rulesOf(kpi, behind.rules()) : null;
            rows.add(new KpiRow(kpi, scaledTarget, actual, values.get(1), ofTheMoment ? null : values.get(2),
                    ofTheMoment ? List.of() : values.subList(3, values.size()), ruleCompliance, monthly));
        }
        List<Compliance> trend = figures.subList(3, figures.size()).stream().map(AreaMeasures.RangeFigures::compliance).toList();
        return new AreaDashboard(area, range, personId, rows, figures.get(0).compliance(), weeks, trend,
                behind.people(), behind.rules(),
                sales != null ? sales.funnel() : List.of(),
                receivables != null ? receivables.byAge() : List.of(),
                area == Area.SALES ? figures.get(0).prospects() : null, currency.getCurrencyCode(),
                receivables != null ? receivables.others() : null,
                sales != null ? sales.money() : null,
                area == Area.OPERATIONS ? figures.get(0).metrics().get(Metric.INCOMPLETE_DELIVERIES) : null);
    }

    /** The Administration dashboard's receivables: by age in the company's currency, and the others beside them. */
    private record Receivables(List<AreaMeasures.Ageing> byAge, AreaMeasures.OtherReceivables others) {
    }

    /** Everyone of the area with follow-ups or open items in the range, worst first: "who is behind" in full. */
    List<AreaMeasures.PersonFigures> people(Area area, DateRange range) {
        return measures.behind(area, range, clock.instant()).people();
    }

    /** The portfolio's metrics of the period, of the owner's customers (null: everyone's), when a KPI asks for one. */
    private Map<Metric, BigDecimal> portfolioMetrics(Set<Metric> asked, DateRange range, Long ownerId) {
        if (asked.stream().noneMatch(Metric::ofThePortfolio)) {
            return Map.of();
        }
        return PortfolioMetrics.of(portfolio.overview(range, ownerId));
    }

    /** The follow-ups of the rules that move the KPI, added up; null when no rule moves it. */
    private static Compliance rulesOf(Kpi kpi, List<AreaMeasures.RuleFigures> rules) {
        return rules.stream().filter(rule -> kpi.id() != null && rule.kpiId() == kpi.id())
                .map(AreaMeasures.RuleFigures::compliance).reduce(Compliance::plus).orElse(null);
    }

    private static boolean withinOneMonth(DateRange range) {
        return range.from().withDayOfMonth(1).equals(range.last().withDayOfMonth(1))
                && !(range.from().getDayOfMonth() == 1 && range.to().getDayOfMonth() == 1);
    }

    /**
     * The director's overview: each area's compliance and computed KPIs for the period, in one read of the KPIs and
     * one statement for the three areas' figures (and the portfolio's, once, when a KPI asks).
     */
    List<AreaDashboard> overview(DateRange range) {
        Instant now = clock.instant();
        List<Kpi> all = kpis.findAll();
        Map<Area, List<Kpi>> shown = new java.util.EnumMap<>(Area.class);
        Map<Area, Set<Metric>> asked = new java.util.EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            shown.put(area, all.stream().filter(kpi -> kpi.area() == area).filter(Kpi::isComputed)
                    .filter(kpi -> !kpi.metric().ofTheMoment()).toList());
            asked.put(area, computed(shown.get(area)));
        }
        Map<Area, AreaMeasures.Figures> figuresOf = measures.figuresOfAreas(range, asked, currency, now,
                LocalDate.ofInstant(now, clock.getZone()));
        Set<Metric> everyAsked = EnumSet.noneOf(Metric.class);
        asked.values().forEach(everyAsked::addAll);
        Map<Metric, BigDecimal> ofPortfolio = portfolioMetrics(everyAsked, range, null);
        List<AreaDashboard> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            AreaMeasures.RangeFigures figures = figuresOf.get(area).ranges().get(0);
            List<KpiRow> rows = shown.get(area).stream()
                    .map(kpi -> new KpiRow(kpi, KpiPrecision.scaledTarget(kpi, kpi.target(), range),
                            kpi.metric().ofThePortfolio() ? ofPortfolio.get(kpi.metric()) : figures.metrics().get(kpi.metric()),
                            null, null, List.of()))
                    .toList();
            areas.add(new AreaDashboard(area, range, null, rows, figures.compliance(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, currency.getCurrencyCode(), null, null, null));
        }
        return areas;
    }

    private static BigDecimal value(Kpi kpi, DateRange range, AreaMeasures.RangeFigures figures,
                                    Map<Metric, BigDecimal> moment, List<KpiEntry> entries, Long personId) {
        if (kpi.isComputed()) {
            return kpi.metric().ofTheMoment() ? moment.get(kpi.metric()) : figures.metrics().get(kpi.metric());
        }
        List<KpiEntry> inRange = entries.stream().filter(entry -> entry.kpiId() == kpi.id())
                .filter(entry -> Objects.equals(entry.userId(), personId))
                .filter(entry -> !entry.periodStart().isBefore(range.from()) && entry.periodStart().isBefore(range.to()))
                .toList();
        return inRange.isEmpty() ? null : inRange.stream().map(KpiEntry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The metrics that the KPIs shown compute, for the database to count what they need and no more. */
    private static Set<Metric> computed(List<Kpi> kpis) {
        Set<Metric> metrics = EnumSet.of(Metric.FOLLOW_UP_ON_TIME_RATE);
        kpis.stream().filter(Kpi::isComputed).map(Kpi::metric).forEach(metrics::add);
        return metrics;
    }

    private static LocalDate earliest(List<DateRange> ranges) {
        return ranges.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow().minusDays(31);
    }

    private static LocalDate latest(List<DateRange> ranges) {
        return ranges.stream().map(DateRange::to).max(LocalDate::compareTo).orElseThrow();
    }
}
