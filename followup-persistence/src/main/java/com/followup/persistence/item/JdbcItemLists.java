package com.followup.persistence.item;

import com.followup.domain.item.ItemLists;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Area lists and the Sales pipeline: one statement each, filtered, sorted and cut in PostgreSQL. */
@Repository
class JdbcItemLists implements ItemLists {

    private static final String ROW = ListedItems.COLUMNS;

    private final JdbcClient jdbc;

    JdbcItemLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ItemPage search(ItemQuery query) {
        long[] total = {0};
        List<ItemRow> rows = jdbc.sql("select " + ROW + ", count(*) over () as total"
                        + " from item i join follow_up_rule r on r.id = i.rule_id join app_user u on u.id = i.owner_id"
                        + " where i.area = :area and i.status in (:statuses)"
                        + " and (cast(:owner as bigint) is null or i.owner_id = :owner)"
                        + " and (cast(:rule as bigint) is null or i.rule_id = :rule)"
                        + " order by " + orderBy(query.sort()) + " limit :size offset :offset")
                .param("area", query.area().name())
                .param("statuses", query.statuses().stream().map(Enum::name).toList())
                .param("owner", query.ownerId())
                .param("rule", query.ruleId())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                })
                .list();
        if (rows.isEmpty() && query.page() > 0) {
            return search(new ItemQuery(query.area(), query.ownerId(), query.ruleId(), query.statuses(), query.sort(),
                    0, query.size()));
        }
        return new ItemPage(rows, total[0], query.page(), query.size());
    }

    @Override
    public Pipeline pipeline(long ruleId, Long ownerId, int cardsPerColumn) {
        Map<String, List<ItemRow>> cards = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        jdbc.sql("select * from (select " + ROW + ", count(*) over (partition by col) as total,"
                        + " row_number() over (partition by col order by i.id desc) as place"
                        + " from (select *, case when status = 'POSTPONED' then 'POSTPONED'"
                        + " when status = 'CLOSED' then outcome else stage end as col from item) i"
                        + " join follow_up_rule r on r.id = i.rule_id join app_user u on u.id = i.owner_id"
                        + " where i.rule_id = :rule and (cast(:owner as bigint) is null or i.owner_id = :owner)) cut"
                        + " where place <= :cards order by next_due_at nulls last, id")
                .param("rule", ruleId)
                .param("owner", ownerId)
                .param("cards", cardsPerColumn)
                .query((rs, n) -> {
                    ItemRow row = row(rs);
                    String column = Pipeline.columnOf(row);
                    cards.computeIfAbsent(column, c -> new ArrayList<>()).add(row);
                    totals.put(column, rs.getLong("total"));
                    return row;
                })
                .list();
        Map<String, List<Pipeline.ColumnMoney>> money = new HashMap<>();
        jdbc.sql("select col, currency, sum(amount) as total,"
                        + " sum(amount * coalesce(conversion_probability, 0) / 100.0) as weighted"
                        + " from (select case when status = 'POSTPONED' then 'POSTPONED' when status = 'CLOSED' then outcome"
                        + " else stage end as col, currency, amount, conversion_probability from item"
                        + " where rule_id = :rule and (cast(:owner as bigint) is null or owner_id = :owner)"
                        + " and amount is not null) i group by col, currency order by col, currency")
                .param("rule", ruleId)
                .param("owner", ownerId)
                .query(rs -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
                    money.computeIfAbsent(rs.getString("col"), c -> new ArrayList<>()).add(new Pipeline.ColumnMoney(
                            new Money(rs.getBigDecimal("total").setScale(digits, RoundingMode.HALF_UP), currency),
                            new Money(rs.getBigDecimal("weighted").setScale(digits, RoundingMode.HALF_UP), currency)));
                });
        return new Pipeline(cards, totals, money);
    }

    /** Only these fixed orders reach the SQL; ties break on the id so that pages never overlap. */
    private static String orderBy(Sort sort) {
        return switch (sort) {
            case DEADLINE -> "i.deadline nulls last, i.id";
            case NEXT_DUE -> "i.next_due_at nulls last, i.id";
            case TITLE -> "lower(i.title), i.id";
            case NEWEST -> "i.id desc";
        };
    }

    private static ItemRow row(ResultSet rs) throws SQLException {
        return ListedItems.row(rs);
    }
}
