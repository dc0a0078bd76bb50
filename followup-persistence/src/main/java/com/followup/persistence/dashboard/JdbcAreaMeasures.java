package com.followup.persistence.dashboard;

import com.followup.domain.rule.RulePurpose;
import com.followup.persistence.RulePurposes;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Metric;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.AreaMeasures;
import com.followup.domain.dashboard.Compliance;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.PeriodCounts;
import com.followup.domain.dashboard.ProspectCohorts;
import com.followup.domain.dashboard.SalesFigures;
import com.followup.domain.dashboard.SalesRunningTotal;
import com.followup.domain.dashboard.FigureRows.CountedItems;
import com.followup.persistence.lead.LeadKpiQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dashboards' numbers in one statement each. Ranges come in as a VALUES list, so a 13-week trend costs the
 * same one statement as a single month. Follow-ups are counted from their days ({@code follow_up_day} per person and
 * rule, {@code follow_up_area_day} per area, both kept by PostgreSQL on every write), items from their partial indexes
 * on open and closed items.
 */
@Repository
class JdbcAreaMeasures implements AreaMeasures {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    JdbcAreaMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** The counts per day are kept in the company's zone (FollowUpDays): a range in another zone would cut days wrongly. */
    private DateRange inCompanyZone(DateRange range) {
        if (!range.zone().normalized().equals(zone.normalized())) {
            throw new IllegalArgumentException("ranges are days of the company's zone " + zone + ", not " + range.zone());
        }
        return range;
    }

    @Override
    public Figures figures(Scope scope, List<DateRange> ranges, Set<Metric> asked, boolean firstRangeProspects,
                           Instant now, LocalDate today) {
        boolean momentAsked = asked.stream().anyMatch(Metric::ofTheMoment);
        boolean prospectsAsked = asked.stream().anyMatch(Metric::perProspect);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            rows.add(new Row(scope.area(), ranges.get(i), prospectsAsked || firstRangeProspects && i == 0,
                    momentAsked && i == 0, asked));
        }
        return query(false, scope, rows, now, today).get(0);
    }

    @Override
    public Map<Area, Figures> figuresOfAreas(DateRange range, Map<Area, Set<Metric>> asked, Currency currency,
                                             Instant now, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        asked.forEach((area, metrics) -> rows.add(new Row(area, range, metrics.stream().anyMatch(Metric::perProspect),
                metrics.stream().anyMatch(Metric::ofTheMoment), metrics)));
        List<Figures> figures = query(true, new Scope(null, null, currency), rows, now, today);
        Map<Area, Figures> byArea = new EnumMap<>(Area.class);
        for (int i = 0; i < rows.size(); i++) {
            byArea.put(rows.get(i).area(), figures.get(i));
        }
        return byArea;
    }

    /** One row of the figures statement: an area's range, and whether it counts prospects and the moment's figures. */
    private record Row(Area area, DateRange range, boolean prospects, boolean moment, Set<Metric> asked) {

        /** The same area and range, counting what either row asks for. */
        Row with(Row other) {
            Set<Metric> both = EnumSet.noneOf(Metric.class);
            both.addAll(asked);
            both.addAll(other.asked);
            return new Row(area, range, prospects || other.prospects, moment || other.moment, both);
        }
    }

    /**
     * The figures statement. With {@code perRow} false every row is one area's ({@code :area}) and the result is one
     * {@link Figures} of all rows; with it true each row names its own area in the ranges' list, and each row is a
     * {@link Figures} of its own (the overview: one statement for the three areas instead of one each).
     */
    private List<Figures> query(boolean perRow, Scope scope, List<Row> asked, Instant now, LocalDate today) {
        // a range asked twice (a dashboard's period is most often the month so far, also asked for its own column) is
        // counted once, with everything either asks for
        List<Row> rows = new ArrayList<>();
        int[] counted = new int[asked.size()];
        for (int i = 0; i < asked.size(); i++) {
            Row row = asked.get(i);
            int same = indexOfSame(rows, row);
            if (same < 0) {
                rows.add(row);
                counted[i] = rows.size() - 1;
            } else {
                rows.set(same, rows.get(same).with(row));
                counted[i] = same;
            }
        }
        boolean momentAsked = rows.stream().anyMatch(Row::moment);
        // the lead KPIs of the same ranges, from the leads that arrived in them (of the person's, when one is given)
        boolean leadsAsked = rows.stream().anyMatch(row -> row.asked().stream().anyMatch(Metric::ofLeads));
        List<DateRange> ranges = rows.stream().map(Row::range).toList();
        String sql = """
                with r(n, area, s, e, first_day, end_day, prospects, moment, by_month) as (values <values>),
                -- each day of the ranges is read once, from its own slice of the index (lateral), and added into
                -- every range holding it: the 13 weeks, the month and the month before overlap; a person's from
                -- their own rows, an area's from its own (V61: a few rows a day instead of one per person and rule)
                each_day as (
                    select a.area, a.day, d.* from (select distinct r.area, cast(g as date) as day
                                                    from r, generate_series(r.first_day, r.end_day - 1, interval '1 day') g) a
                    cross join lateral (
                        select sum(contacts) as contacts, sum(first_contacts) as firsts, sum(meetings) as meetings,
                               sum(calls) as calls, sum(emails) as emails, sum(call_minutes) as call_minutes,
                               sum(timed_calls) as timed_calls, sum(due_on_time) as on_time, sum(due_late) as done_late
                        from <days_of> and day = a.day) d),
                days as (
                    select r.n, coalesce(sum(d.contacts), 0) as contacts, coalesce(sum(d.firsts), 0) as firsts,
                           coalesce(sum(d.meetings), 0) as meetings, coalesce(sum(d.calls), 0) as calls,
                           coalesce(sum(d.emails), 0) as emails, sum(d.call_minutes) / nullif(sum(d.timed_calls), 0) as avg_call,
                           coalesce(sum(d.on_time), 0) as on_time, coalesce(sum(d.done_late), 0) as done_late
                    from r left join each_day d on d.area = r.area and d.day >= r.first_day and d.day < r.end_day
                    group by r.n),
                -- distinct prospects cannot be added up from days, when asked for: the sales of the close rate are
                -- those of the prospects worked in the range (sold by its end); a prospect is new when nobody
                -- contacted it before the range (its item's first follow-up done, V55). A range of whole months of an
                -- area counts the items' months (V62: one row an item and month, with what is read of the item);
                -- any other range groups its follow-ups from the covering index and reads each prospect's item by
                -- key (offset 0 keeps each read to one per prospect: a join walked every item once per range).
                -- Both ways count the same (JdbcAreaMeasuresTest)
                prospects as (
                    select r.n, p.* from r cross join lateral (
                        select count(*) as prospects, count(*) filter (where sold) as prospects_sold,
                               coalesce(sum(contacts), 0) as p_contacts, coalesce(sum(firsts), 0) as p_firsts,
                               count(*) filter (where fresh) as new_prospects,
                               count(*) filter (where fresh and sold) as new_sold,
                               coalesce(sum(contacts) filter (where fresh), 0) as new_contacts,
                               coalesce(sum(firsts) filter (where fresh), 0) as new_firsts
                        from (select w.contacts, w.firsts,
                                     coalesce(i.outcome = 'SOLD' and i.closed_at < r.e, false) as sold,
                                     coalesce(i.first_done_at >= r.s, true) as fresh
                              from (select f.item_id, count(*) as contacts, count(*) filter (where f.kind = 'FIRST_CONTACT') as firsts
                                    from follow_up f
                                    where r.prospects and not r.by_month and f.area = r.area and f.done_at >= r.s
                                      and f.done_at < r.e and (cast(:person as bigint) is null or f.done_by = :person)
                                    group by f.item_id) w
                              cross join lateral (select outcome, closed_at, first_done_at from item
                                                  where item.id = w.item_id and <prospect> offset 0) i
                              union all
                              select m.contacts, m.firsts, coalesce(m.sold_at < r.e, false), coalesce(m.first_done_at >= r.s, true)
                              -- one month holds one row an item (its key is area, month, item): nothing to add up,
                              -- and grouping a month's 36,000 rows by item was 30 ms of 37 at ten times
                              from (select item_id, contacts, first_contacts as firsts, sold_at, first_done_at
                                    from item_month
                                    where r.prospects and r.by_month and <one_month> and area = r.area
                                      and month = r.first_day and prospect and contacts > 0
                                    union all
                                    select item_id, sum(contacts), sum(first_contacts), max(sold_at), min(first_done_at)
                                    from item_month
                                    where r.prospects and r.by_month and not <one_month> and area = r.area
                                      and month >= r.first_day and month < r.end_day and prospect
                                    group by item_id having sum(contacts) > 0) m
                              offset 0) per_prospect) p),
                ended as (
                    select r.n, c.* from r cross join lateral (
                        select count(*) filter (where <sold>) as sold,
                               coalesce(sum(amount) filter (where <sold> and currency = :currency), 0) as sold_amount,
                               count(*) filter (where <lost>) as lost,
                               count(*) filter (where <delivered>) as delivered,
                               count(*) filter (where <delivered> and delivered_complete and delivered_correct
                                                  and delivered_on_time) as otif,
                               count(*) filter (where <delivered_late>) as late,
                               count(*) filter (where <delivered_incomplete>) as incomplete,
                               coalesce(sum(collected_amount) filter (where <collected>
                                                                      and collected_currency = :currency), 0) as collected
                        from item where area = r.area and <closed_in>
                          and (cast(:person as bigint) is null or owner_id = :person)) c),
                -- collections in part stay on the invoice's history: money collected in the range, invoice still open or not
                partly as (
                    select r.n, (select coalesce(sum(<part_amount>), 0)
                                 from item_change c join item p on p.id = c.item_id
                                 where r.area = 'ADMINISTRATION' and <collected_in_part> and <part_currency> = :currency
                                   and p.area = r.area and (cast(:person as bigint) is null or p.owner_id = :person))
                           as collected_in_part
                    from r),
                still_overdue as (
                    select r.n, o.* from r cross join lateral (
                        select count(*) as overdue from item
                        where area = r.area and <still_overdue_in>
                          and (cast(:person as bigint) is null or owner_id = :person)) o),
                -- the figures of the moment, once per area (its first row)
                moment as (
                    select r.n, m.* from r cross join lateral (
                        select coalesce(sum(amount * conversion_probability / 100.0)
                                        filter (where status = 'OPEN' and currency = :currency), 0) as weighted,
                               count(*) filter (where <past_promised>) as past_promised,
                               coalesce(sum(amount - coalesce(amount_collected, 0))
                                        filter (where <past_due> and currency = :currency), 0) as overdue_amount,
                               count(*) filter (where <advance_pending>) as advances
                        from item where r.moment and area = r.area and <not_closed>
                          and (cast(:person as bigint) is null or owner_id = :person)) m)
                <leads>
                select * from days join prospects using (n) join ended using (n) join partly using (n) join still_overdue using (n)
                    join moment using (n) <join_leads> order by n"""
                .replace("<values>", values(ranges.size()))
                .replace("<days_of>", scope.personId() == null ? "follow_up_area_day where area = a.area"
                        : "follow_up_day where person_id = :person and area = a.area")
                .replace("<prospect>", FigurePredicates.PROSPECT)
                .replace("<leads>", leadsAsked ? LeadKpiQuery.ctes() : "")
                .replace("<join_leads>", leadsAsked ? "join lead_kpis using (n)" : "")
                .replace("<sold>", FigurePredicates.SOLD).replace("<lost>", FigurePredicates.LOST)
                .replace("<delivered>", FigurePredicates.DELIVERED)
                .replace("<delivered_late>", FigurePredicates.DELIVERED_LATE)
                .replace("<delivered_incomplete>", FigurePredicates.DELIVERED_INCOMPLETE)
                .replace("<collected>", FigurePredicates.COLLECTED)
                .replace("<collected_in_part>", FigurePredicates.COLLECTED_IN_PART_IN.formatted("c", "r.s", "r.e"))
                .replace("<part_amount>", FigurePredicates.COLLECTED_IN_PART_AMOUNT.formatted("c"))
                .replace("<part_currency>", FigurePredicates.COLLECTED_IN_PART_CURRENCY.formatted("c"))
                .replace("<closed_in>", FigurePredicates.CLOSED_IN.formatted("r.s", "r.e"))
                .replace("<still_overdue_in>", FigurePredicates.STILL_OVERDUE_IN.formatted("r.s", "r.e"))
                .replace("<past_promised>", FigurePredicates.PAST_PROMISED_DATE)
                .replace("<past_due>", FigurePredicates.PAST_DUE)
                .replace("<advance_pending>", FigurePredicates.ADVANCE_PENDING)
                .replace("<not_closed>", FigurePredicates.NOT_CLOSED)
                .replace("<one_month>", "r.end_day = cast(r.first_day + interval '1 month' as date)");
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("person", scope.personId())
                .param("currency", scope.currency().getCurrencyCode())
                .param("now", Timestamp.from(now))
                .param("today", today)
                .param("past_due_before", Timestamp.from(AgeingBucket.pastDueBefore(today, zone)));
        if (leadsAsked) {
            statement = LeadKpiQuery.params(statement, inCompanyZone(ranges.stream().min(java.util.Comparator
                            .comparing(DateRange::from)).orElseThrow()).start(),
                    inCompanyZone(ranges.stream().max(java.util.Comparator.comparing(DateRange::to)).orElseThrow()).end(),
                    null, scope.personId(), now);
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            DateRange range = inCompanyZone(row.range());
            statement = statement.param("a" + i, row.area().name())
                    .param("s" + i, Timestamp.from(range.start())).param("e" + i, Timestamp.from(range.end()))
                    .param("f" + i, range.from()).param("t" + i, range.to())
                    .param("p" + i, row.prospects()).param("m" + i, row.moment())
                    .param("b" + i, scope.personId() == null && wholeMonths(range));
        }
        List<Map<Metric, BigDecimal>> moments = new ArrayList<>();
        List<Counted> figures = statement.query((rs, n) -> {
            Row row = rows.get(n);
            Map<Metric, BigDecimal> moment = new EnumMap<>(Metric.class);
            if (row.moment()) {
                moment.putAll(moment(row.area(), rs));
            }
            moments.add(moment);
            Compliance compliance = new Compliance(rs.getLong("on_time"), rs.getLong("done_late"), rs.getLong("overdue"));
            PeriodCounts counts = new PeriodCounts(rs.getLong("contacts"), rs.getLong("prospects"),
                    rs.getLong("prospects_sold"), rs.getLong("firsts"),
                    rs.getLong("meetings"), rs.getLong("calls"), rs.getLong("emails"), rs.getBigDecimal("avg_call"),
                    rs.getLong("sold"), rs.getBigDecimal("sold_amount"), rs.getLong("lost"), rs.getLong("delivered"),
                    rs.getLong("otif"), rs.getLong("late"), rs.getLong("incomplete"),
                    rs.getBigDecimal("collected").add(rs.getBigDecimal("collected_in_part")), compliance);
            return new Counted(counts, row.asked().stream().anyMatch(Metric::ofLeads)
                    ? LeadKpiQuery.read(rs, zone).metrics() : Map.of(), row.prospects() ? cohorts(rs) : null);
        }).list();
        // each range asked gets exactly what it asked for, as if it had been counted on its own
        List<RangeFigures> ofEach = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            Row row = asked.get(i);
            Counted range = figures.get(counted[i]);
            Map<Metric, BigDecimal> metrics = (row.prospects() ? range.counts() : range.counts().withoutProspects()).metrics();
            if (row.asked().stream().anyMatch(Metric::ofLeads)) {
                metrics.putAll(range.ofLeads());
            }
            ofEach.add(new RangeFigures(metrics, range.counts().compliance(), row.prospects() ? range.cohorts() : null));
        }
        if (!perRow) {
            Map<Metric, BigDecimal> moment = new EnumMap<>(Metric.class);
            moments.forEach(moment::putAll);
            return List.of(new Figures(ofEach, moment));
        }
        List<Figures> each = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            each.add(new Figures(List.of(ofEach.get(i)), asked.get(i).moment() ? moments.get(counted[i]) : Map.of()));
        }
        return each;
    }

    /** What the statement counted for one distinct range. */
    private record Counted(PeriodCounts counts, Map<Metric, BigDecimal> ofLeads, ProspectCohorts cohorts) {
    }

    private static int indexOfSame(List<Row> rows, Row row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).area() == row.area() && rows.get(i).range().equals(row.range())) {
                return i;
            }
        }
        return -1;
    }

    private static ProspectCohorts cohorts(ResultSet rs) throws SQLException {
        SalesFigures fresh = new SalesFigures(rs.getLong("new_contacts"), rs.getLong("new_prospects"),
                rs.getLong("new_sold"), rs.getLong("new_firsts"));
        return new ProspectCohorts(fresh, new SalesFigures(rs.getLong("p_contacts") - fresh.contacts(),
                rs.getLong("prospects") - fresh.distinctProspects(), rs.getLong("prospects_sold") - fresh.salesClosed(),
                rs.getLong("p_firsts") - fresh.firstContacts()));
    }

    private static Map<Metric, BigDecimal> moment(Area area, ResultSet rs) throws SQLException {
        Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
        switch (area) {
            case SALES -> metrics.put(Metric.WEIGHTED_PIPELINE, rs.getBigDecimal("weighted").setScale(2, RoundingMode.HALF_UP));
            case OPERATIONS -> metrics.put(Metric.OPEN_PAST_PROMISED_DATE, BigDecimal.valueOf(rs.getLong("past_promised")));
            case ADMINISTRATION -> {
                metrics.put(Metric.AMOUNT_OVERDUE, rs.getBigDecimal("overdue_amount"));
                metrics.put(Metric.ADVANCES_PENDING, BigDecimal.valueOf(rs.getLong("advances")));
            }
        }
        return metrics;
    }

    @Override
    public Behind behind(Area area, DateRange range, Instant now) {
        List<PersonFigures> people = new ArrayList<>();
        List<RuleFigures> rules = new ArrayList<>();
        jdbc.sql("""
                        with done as (
                            select case when grouping(person_id) = 0 then 'P' else 'R' end as kind,
                                   coalesce(person_id, rule_id) as id, sum(due_on_time) as on_time, sum(due_late) as done_late
                            from follow_up_day
                            where area = :area and day >= :first_day and day < :end_day and due_on_time + due_late > 0
                            group by grouping sets ((person_id), (rule_id))),
                        open as (
                            select case when grouping(owner_id) = 0 then 'P' else 'R' end as kind,
                                   coalesce(owner_id, rule_id) as id,
                                   count(*) filter (where <still_overdue_in>) as overdue_in_range,
                                   count(*) filter (where <overdue_now>) as overdue_now,
                                   min(next_due_at) filter (where <overdue_now>) as oldest,
                                   count(*) filter (where <past_deadline>) as past_deadline
                            from item where area = :area and status = 'OPEN'
                            group by grouping sets ((owner_id), (rule_id)))
                        select x.kind, x.id, coalesce(u.display_name, r.topic) as name,
                               coalesce(x.on_time, 0) as on_time, coalesce(x.done_late, 0) as done_late,
                               coalesce(x.overdue_in_range, 0) as overdue_in_range, coalesce(x.overdue_now, 0) as overdue_now,
                               x.oldest, coalesce(x.past_deadline, 0) as past_deadline, r.kpi_id, <rule_purpose>
                        from (select * from done full join open using (kind, id)) x
                        left join app_user u on x.kind = 'P' and u.id = x.id
                        left join follow_up_rule r on x.kind = 'R' and r.id = x.id"""
                        .replace("<still_overdue_in>", FigurePredicates.STILL_OVERDUE_IN.formatted(":start", ":end"))
                        .replace("<overdue_now>", FigurePredicates.OVERDUE_NOW)
                        .replace("<past_deadline>", FigurePredicates.PAST_DEADLINE)
                        .replace("<rule_purpose>", RulePurposes.of("r.id")))
                .param("area", area.name())
                .param("start", Timestamp.from(range.start())).param("end", Timestamp.from(range.end()))
                .param("first_day", inCompanyZone(range).from()).param("end_day", range.to())
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    Compliance compliance = new Compliance(rs.getLong("on_time"), rs.getLong("done_late"),
                            rs.getLong("overdue_in_range"));
                    if ("P".equals(rs.getString("kind"))) {
                        people.add(new PersonFigures(rs.getLong("id"), rs.getString("name"), compliance,
                                rs.getLong("overdue_now"), instant(rs, "oldest"), rs.getLong("past_deadline")));
                    } else {
                        rules.add(new RuleFigures(rs.getLong("id"), rs.getString("name"), rs.getLong("kpi_id"), compliance,
                                rs.getLong("overdue_now"), RulePurpose.ofColumn(rs.getString("rule_purpose"))));
                    }
                });
        people.sort(Comparator.comparing((PersonFigures p) -> worstFirst(p.compliance()))
                .thenComparing(PersonFigures::overdueNow, Comparator.reverseOrder()).thenComparing(PersonFigures::name));
        rules.sort(Comparator.comparing((RuleFigures r) -> worstFirst(r.compliance())).thenComparing(RuleFigures::topic));
        return new Behind(people, rules);
    }

    /** The on-time rate, with "no data" after every rate. */
    private static BigDecimal worstFirst(Compliance compliance) {
        return compliance.onTimeRate().hasData() ? compliance.onTimeRate().percent(2) : BigDecimal.valueOf(101);
    }

    @Override
    public List<Ageing> receivables(Scope scope, Instant now) {
        List<Ageing> rows = new ArrayList<>();
        // the domain's boundaries, so that SQL ages invoices exactly as AgeingBucket does
        List<Instant> starts = AgeingBucket.deadlineStarts(now.atZone(zone).toLocalDate(), zone);
        jdbc.sql("""
                        select <bucket> as bucket,
                               count(*) as invoices, coalesce(sum(amount - coalesce(amount_collected, 0)), 0) as outstanding
                        from item where <receivable>
                          and (cast(:person as bigint) is null or owner_id = :person)
                        group by 1""".replace("<bucket>", FigurePredicates.AGEING_BUCKET)
                        .replace("<receivable>", FigurePredicates.RECEIVABLE))
                .param("starts", starts.stream().map(Instant::toString).toArray(String[]::new))
                .param("without_deadline", starts.size())
                .param("currency", scope.currency().getCurrencyCode())
                .param("person", scope.personId())
                .query(rs -> {
                    rows.add(new Ageing(AgeingBucket.numberedFromOldest(rs.getInt("bucket")), rs.getLong("invoices"),
                            rs.getBigDecimal("outstanding")));
                });
        List<Ageing> all = new ArrayList<>();
        for (AgeingBucket bucket : AgeingBucket.values()) {
            all.add(rows.stream().filter(row -> row.bucket() == bucket).findFirst()
                    .orElse(new Ageing(bucket, 0, BigDecimal.ZERO)));
        }
        return all;
    }

    @Override
    public OtherReceivables receivablesInOtherCurrencies(Scope scope, Instant now, LocalDate today) {
        List<OtherCurrency> currencies = new ArrayList<>();
        long[] withoutAmount = {0};
        // an invoice without an amount has no currency either: its group is the null one
        jdbc.sql("""
                        select currency, count(*) as invoices, sum(amount - coalesce(amount_collected, 0)) as outstanding,
                               coalesce(sum(amount - coalesce(amount_collected, 0)) filter (where <past_due>), 0) as past_due
                        from item where ((<other>) or (<without_amount>))
                          and (cast(:person as bigint) is null or owner_id = :person)
                        group by currency order by currency"""
                        .replace("<past_due>", FigurePredicates.PAST_DUE)
                        .replace("<other>", FigurePredicates.RECEIVABLE_OTHER_CURRENCY)
                        .replace("<without_amount>", FigurePredicates.RECEIVABLE_WITHOUT_AMOUNT))
                .param("currency", scope.currency().getCurrencyCode())
                .param("person", scope.personId())
                .param("past_due_before", Timestamp.from(AgeingBucket.pastDueBefore(today, zone)))
                .query(rs -> {
                    if (rs.getString("currency") == null) {
                        withoutAmount[0] = rs.getLong("invoices");
                    } else {
                        currencies.add(new OtherCurrency(rs.getString("currency"), rs.getLong("invoices"),
                                rs.getBigDecimal("outstanding"), rs.getBigDecimal("past_due")));
                    }
                });
        return new OtherReceivables(List.copyOf(currencies), withoutAmount[0]);
    }

    @Override
    public List<FunnelStage> funnel(Long personId, DateRange range) {
        return sales(personId, range).funnel();
    }

    @Override
    public SalesMoney salesMoney(Long personId, DateRange range) {
        return sales(personId, range).money();
    }

    /** The funnel and the money in one statement: kind F a funnel step, P a pipeline stage and currency, W won. */
    @Override
    public Sales sales(Long personId, DateRange range) {
        List<FunnelStage> funnel = new ArrayList<>();
        List<StageMoney> pipeline = new ArrayList<>();
        List<WonMoney> won = new ArrayList<>();
        // the cohort counted once by place and outcome (a handful of rows), then each step adds up the places it reached
        jdbc.sql(FigurePredicates.funnelCohort("i.outcome") + """
                        , by_place as (select place, outcome, count(*) as items from cohort group by place, outcome)
                        select 'F' as kind, stage.name as stage, cast(null as text) as currency,
                               (select cast(coalesce(sum(items), 0) as bigint) from by_place where <reached>) as items,
                               cast(null as numeric) as amount, cast(null as numeric) as weighted,
                               cast(stage.place as bigint) as place
                        from stage
                        union all
                        select 'F', 'SOLD', null, (select cast(coalesce(sum(items), 0) as bigint) from by_place where <reached_sold>),
                               null, null, <sold_place>
                        where exists (select 1 from stage)
                        union all
                        select 'P', g.stage, g.currency, cast(sum(g.items) as bigint), sum(g.amount), sum(g.amount * g.probability) / 100.0,
                               min(stage.place)
                        -- the open items grouped first, then each group given its stage's place (a rule's stages are
                        -- unique): at ten times, 45,000 items were each joined to their stage, and each weighted alone;
                        -- grouped by probability too (a stage has one or a few), the weight is one product per group,
                        -- not one per item, and the same sum (numeric is exact)
                        from (select coalesce(item.stage, '') as stage, item.currency,
                                     coalesce(item.conversion_probability, 0) as probability, count(*) as items,
                                     sum(item.amount) as amount
                              from item
                              where item.area = 'SALES' and <pipeline>
                                and (cast(:person as bigint) is null or item.owner_id = :person)
                              group by 1, 2, 3) g
                        left join stage on stage.name = g.stage
                        group by g.stage, g.currency
                        union all
                        select 'W', '', currency, count(*), sum(amount), null, null
                        from item where area = 'SALES' and <won>
                          and (cast(:person as bigint) is null or owner_id = :person)
                        group by currency
                        order by 1, 3, 7 nulls last, 2"""
                        .replace("<reached_sold>", FigurePredicates.REACHED.formatted(FigurePredicates.SOLD_PLACE))
                        .replace("<reached>", FigurePredicates.REACHED.formatted("stage.place"))
                        .replace("<sold_place>", FigurePredicates.SOLD_PLACE)
                        .replace("<pipeline>", FigurePredicates.PIPELINE)
                        .replace("<won>", FigurePredicates.CLOSED_IN.formatted(":start", ":end") + " and " + FigurePredicates.WON))
                .param("start", Timestamp.from(range.start())).param("end", Timestamp.from(range.end()))
                .param("person", personId)
                .query((rs, n) -> {
                    switch (rs.getString("kind")) {
                        case "F" -> funnel.add(new FunnelStage(rs.getString("stage"), rs.getLong("items")));
                        case "P" -> pipeline.add(new StageMoney(rs.getString("stage"), rs.getString("currency"),
                                rs.getLong("items"), rs.getBigDecimal("amount"),
                                rs.getBigDecimal("weighted").setScale(2, RoundingMode.HALF_UP)));
                        default -> won.add(new WonMoney(rs.getString("currency"), rs.getLong("items"), rs.getBigDecimal("amount")));
                    }
                    return n;
                })
                .list();
        return new Sales(funnel, new SalesMoney(pipeline, won));
    }

    @Override
    public List<SalesRunningTotal.DailySales> dailySales(Long personId, DateRange days) {
        return jdbc.sql("""
                        select cast(closed_at at time zone :zone as date) as day, currency, count(*) as sales,
                               sum(amount) as amount
                        from item where area = 'SALES' and <sold>
                          and (cast(:person as bigint) is null or owner_id = :person)
                        group by 1, 2 order by 1, 2"""
                        .replace("<sold>", FigurePredicates.item(CountedItems.SOLD, ":start", ":end")))
                .param("zone", zone.getId())
                .param("start", Timestamp.from(inCompanyZone(days).start())).param("end", Timestamp.from(days.end()))
                .param("person", personId)
                .query((rs, n) -> new SalesRunningTotal.DailySales(rs.getObject("day", LocalDate.class),
                        rs.getString("currency"), rs.getLong("sales"), rs.getBigDecimal("amount")))
                .list();
    }

    /** A range of whole months of the company's zone: its prospects are counted from the items' months (V62). */
    private static boolean wholeMonths(DateRange range) {
        return range.from().getDayOfMonth() == 1 && range.to().getDayOfMonth() == 1;
    }

    private static String values(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add("(" + i + ", cast(:a" + i + " as text), cast(:s" + i + " as timestamptz), cast(:e" + i
                    + " as timestamptz), cast(:f" + i + " as date), cast(:t" + i + " as date), cast(:p" + i
                    + " as boolean), cast(:m" + i + " as boolean), cast(:b" + i + " as boolean))");
        }
        return String.join(", ", rows);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
