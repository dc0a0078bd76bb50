package com.followup.persistence.dashboard;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.AgeingBucket;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows;
import com.followup.domain.item.ItemLists.ItemPage;
import com.followup.domain.item.ItemLists.ItemRow;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;
import com.followup.persistence.RulePurposes;
import com.followup.persistence.SqlTimes;
import com.followup.persistence.item.ListedItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The lists behind the figures: one statement each, with the figure's own condition (FigurePredicates). */
@Repository
class JdbcFigureRows implements FigureRows {

    private static final String STAGE_PLACE = "(case when :stage = 'SOLD' then " + FigurePredicates.SOLD_PLACE
            + " else (select place from stage where name = :stage) end)";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final String currency;

    JdbcFigureRows(JdbcClient jdbc, Clock clock, @Value("${followup.default-currency:MXN}") String currency) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
        this.currency = currency;
    }

    @Override
    public ItemPage items(ItemsQuery query, Instant now) {
        String sql = withCohort(query) + "select " + ListedItems.COLUMNS
                + ", count(*) over () as total from (" + rows(query) + ") i"
                + " join follow_up_rule r on r.id = i.rule_id join app_user u on u.id = i.owner_id"
                + " where " + PERSON_AND_RULE
                + " order by " + (query.counted().closedInRange() ? "i.closed_at desc, i.id" : "i.next_due_at nulls last, i.deadline nulls last, i.id")
                + " limit :size offset :offset";
        long[] total = {0};
        List<ItemRow> found = bind(jdbc.sql(sql), query, now)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return ListedItems.row(rs);
                })
                .list();
        return new ItemPage(found, total[0], query.page(), query.size());
    }

    @Override
    public List<CurrencyAmount> money(ItemsQuery query, Instant now) {
        String money = switch (query.counted().money()) {
            case AMOUNT -> "i.amount";
            case BALANCE -> "i.amount - coalesce(i.amount_collected, 0)";
            case NONE -> null;
        };
        if (money == null) {
            return List.of();
        }
        String sql = withCohort(query) + "select i.currency, sum(" + money + ") as amount from (" + rows(query) + ") i"
                + " where " + PERSON_AND_RULE + " and i.amount is not null group by i.currency order by i.currency";
        return bind(jdbc.sql(sql), query, now)
                .query((rs, n) -> new CurrencyAmount(rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
    }

    private static final String PERSON_AND_RULE = "(cast(:person as bigint) is null or i.owner_id = :person)"
            + " and (cast(:rule as bigint) is null or i.rule_id = :rule)";

    /** The items a figure counts, before the person and the rule narrow them. */
    private static String rows(ItemsQuery query) {
        return switch (query.counted()) {
            case REACHED_STAGE -> "select * from cohort where area = :area and " + FigurePredicates.REACHED.formatted(STAGE_PLACE);
            case DROPPED_BEFORE_STAGE -> "select * from cohort where area = :area and " + FigurePredicates.REACHED.formatted(
                    "(select max(place) from stage where place < " + STAGE_PLACE + ")")
                    + " and not coalesce(" + FigurePredicates.REACHED.formatted(STAGE_PLACE) + ", false)";
            default -> "select * from item where area = :area and " + FigurePredicates.item(query.counted(), ":start", ":end");
        };
    }

    private static String withCohort(ItemsQuery query) {
        return rows(query).contains("cohort") ? FigurePredicates.funnelCohort("i.*") : "";
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ItemsQuery query, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Instant> starts = AgeingBucket.deadlineStarts(today, zone);
        AgeingBucket age = query.age() == null ? AgeingBucket.CURRENT : query.age();
        return statement
                .param("area", query.area().name())
                .param("person", query.personId())
                .param("rule", query.ruleId())
                .param("start", Timestamp.from(query.range().start()))
                .param("end", Timestamp.from(query.range().end()))
                .param("now", Timestamp.from(now))
                .param("today", today)
                .param("past_due_before", Timestamp.from(AgeingBucket.pastDueBefore(today, zone)))
                .param("currency", currency)
                .param("starts", starts.stream().map(Instant::toString).toArray(String[]::new))
                .param("without_deadline", starts.size())
                .param("bucket", age.numberFromOldest())
                .param("stage", query.stage() == null ? "" : query.stage())
                .param("money_currency", query.currency() == null ? "" : query.currency());
    }

    @Override
    public List<CurrencyAmount> collected(Area area, Long personId, DateRange range) {
        return jdbc.sql("""
                        select currency, sum(amount) as amount from (
                            select collected_currency as currency, collected_amount as amount from item
                            where area = :area and <collected_in_full>
                              and (cast(:person as bigint) is null or owner_id = :person)
                            union all
                            select <part_currency>, <part_amount> from item_change c join item p on p.id = c.item_id
                            where p.area = :area and <collected_in_part>
                              and (cast(:person as bigint) is null or p.owner_id = :person)) collections
                        group by currency order by currency"""
                        .replace("<collected_in_full>", FigurePredicates.CLOSED_IN.formatted(":start", ":end") + " and "
                                + FigurePredicates.COLLECTED)
                        .replace("<collected_in_part>", FigurePredicates.COLLECTED_IN_PART_IN.formatted("c", ":start", ":end"))
                        .replace("<part_amount>", FigurePredicates.COLLECTED_IN_PART_AMOUNT.formatted("c"))
                        .replace("<part_currency>", FigurePredicates.COLLECTED_IN_PART_CURRENCY.formatted("c")))
                .param("area", area.name())
                .param("person", personId)
                .param("start", Timestamp.from(range.start())).param("end", Timestamp.from(range.end()))
                .query((rs, n) -> new CurrencyAmount(rs.getString("currency"), rs.getBigDecimal("amount")))
                .list();
    }

    @Override
    public FollowUpPage followUps(FollowUpsQuery query, Instant now) {
        boolean overdue = query.counted() == CountedFollowUps.FELL_DUE || query.counted() == CountedFollowUps.OVERDUE;
        String sql = """
                select x.*, i.title, i.portfolio_purpose, r.topic, <rule_purpose>, u.display_name, count(*) over () as total from (
                    select id as follow_up_id, item_id, rule_id, done_by as person_id, due_at, done_at, channel, kind,
                           case when on_time then 'ON_TIME' else 'LATE' end as state
                    from follow_up where area = :area and <follow_up>
                      and (cast(:person as bigint) is null or done_by = :person)
                      and (cast(:rule as bigint) is null or rule_id = :rule)
                    union all
                    select null, id, rule_id, owner_id, <counted_due>, null, null, null, 'OVERDUE'
                    from item where :overdue and area = :area and <still_overdue>
                      and (cast(:person as bigint) is null or owner_id = :person)
                      and (cast(:rule as bigint) is null or rule_id = :rule)) x
                join item i on i.id = x.item_id join follow_up_rule r on r.id = x.rule_id
                join app_user u on u.id = x.person_id
                where cast(:kpi as bigint) is null or r.kpi_id = :kpi
                order by x.due_at desc, x.item_id, x.follow_up_id nulls first limit :size offset :offset"""
                .replace("<follow_up>", FigurePredicates.followUp(query.counted(), ":start", ":end"))
                .replace("<still_overdue>", FigurePredicates.STILL_OVERDUE_IN.formatted(":start", ":end"))
                .replace("<counted_due>", FigurePredicates.COUNTED_DUE)
                .replace("<rule_purpose>", RulePurposes.of("x.rule_id"));
        long[] total = {0};
        List<FollowUpRow> rows = jdbc.sql(sql)
                .param("area", query.area().name())
                .param("person", query.personId())
                .param("rule", query.ruleId())
                .param("kpi", query.kpiId())
                .param("start", Timestamp.from(query.range().start()))
                .param("end", Timestamp.from(query.range().end()))
                .param("now", Timestamp.from(now))
                .param("overdue", overdue)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new FollowUpRow((Long) rs.getObject("follow_up_id", Long.class), rs.getLong("item_id"),
                            rs.getString("title"), rs.getString("topic"), rs.getLong("person_id"),
                            rs.getString("display_name"), SqlTimes.instant(rs, "due_at"), SqlTimes.instant(rs, "done_at"),
                            rs.getString("channel"), rs.getString("kind"), OnTimeState.valueOf(rs.getString("state")),
                            ItemPurpose.ofColumn(rs.getString("portfolio_purpose")),
                            RulePurpose.ofColumn(rs.getString("rule_purpose")));
                })
                .list();
        return new FollowUpPage(rows, total[0], query.page(), query.size());
    }
}
