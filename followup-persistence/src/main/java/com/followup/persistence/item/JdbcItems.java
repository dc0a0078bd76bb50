package com.followup.persistence.item;

import com.followup.persistence.JsonRows;
import com.followup.persistence.SqlTimes;
import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemChange;
import com.followup.domain.item.Items;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Optional;
import java.util.stream.Collectors;

/** Items in plain SQL: one wide row each, a version for optimistic locking, and their timeline beside them. */
@Repository
@Transactional(readOnly = true)
class JdbcItems implements Items {

    private static final String COLUMNS = String.join(", ", ItemRows.COLUMNS);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcItems(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Item open(Item item, UUID requestId) {
        boolean first = jdbc.sql("insert into item_opening (request_id) values (?) on conflict do nothing")
                .param(requestId).update() == 1;
        if (!first) {
            long id = jdbc.sql("select item_id from item_opening where request_id = ?").param(requestId)
                    .query(Long.class).single();
            return findById(id).orElseThrow();
        }
        Item saved = save(item);
        jdbc.sql("update item_opening set item_id = ? where request_id = ?").params(saved.id(), requestId).update();
        return saved;
    }

    @Override
    @Transactional
    public int openAll(List<Item> opened) {
        if (opened.isEmpty()) {
            return 0;
        }
        // ids are drawn first so that each item's timeline can be written beside the items, one statement for each
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('item', 'id')) from generate_series(1, ?)")
                .param(opened.size()).query(Long.class).list();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < opened.size(); i++) {
            Item item = opened.get(i);
            if (item.id() != null) {
                throw new IllegalArgumentException("item " + item.id() + " is stored already");
            }
            Map<String, Object> columns = ItemRows.columns(item);
            columns.put("id", ids.get(i));
            rows.add(columns);
            for (ItemChange change : item.unsavedChanges()) {
                Map<String, Object> line = new HashMap<>();
                line.put("item_id", ids.get(i));
                line.put("kind", change.kind().name());
                line.put("changed_by", change.who());
                line.put("changed_at", SqlTimes.timestamp(change.when()));
                line.put("details", change.details().toArray(String[]::new));
                changes.add(line);
            }
        }
        jdbc.sql("insert into item (id, " + COLUMNS + ") overriding system value select id, " + COLUMNS
                + " from json_populate_recordset(null::item, ?::json)").param(JsonRows.of(rows)).update();
        jdbc.sql("insert into item_change (item_id, kind, changed_by, changed_at, details)"
                + " select item_id, kind, changed_by, changed_at, details from json_populate_recordset(null::item_change, ?::json)")
                .param(JsonRows.of(changes)).update();
        return opened.size();
    }

    @Override
    @Transactional
    public Item save(Item item) {
        Map<String, Object> columns = ItemRows.columns(item);
        // the row as saved comes back with the statement (returning *): no second read
        Item saved = item.id() == null
                ? jdbc.sql("insert into item (" + COLUMNS + ") values (" + placeholders() + ") returning *")
                        .paramSource(columns).query((rs, row) -> ItemRows.item(rs, clock.getZone())).single()
                : jdbc.sql("update item set (" + COLUMNS + ") = (" + placeholders() + "), version = version + 1"
                                + " where id = :id and version = :version returning *")
                        .paramSource(columns).query((rs, row) -> ItemRows.item(rs, clock.getZone())).optional()
                        .orElseThrow(() -> new ConcurrentChangeException("item " + item.id()));
        for (ItemChange change : item.unsavedChanges()) {
            jdbc.sql("insert into item_change (item_id, kind, changed_by, changed_at, details) values (?, ?, ?, ?, ?)")
                    .params(saved.id(), change.kind().name(), change.who(), SqlTimes.timestamp(change.when()),
                            change.details().toArray(String[]::new))
                    .update();
        }
        return saved;
    }

    @Override
    public Optional<Item> findById(long id) {
        return jdbc.sql("select * from item where id = ?").param(id)
                .query((rs, row) -> ItemRows.item(rs, clock.getZone())).optional();
    }

    @Override
    public List<Long> postponedDueBy(Instant moment, int limit) {
        return jdbc.sql("select id from item where status = 'POSTPONED' and next_due_at <= ? order by next_due_at, id limit ?")
                .params(SqlTimes.timestamp(moment), limit).query(Long.class).list();
    }

    @Override
    public long postponedDueCount(Instant moment) {
        return jdbc.sql("select count(*) from item where status = 'POSTPONED' and next_due_at <= ?")
                .param(SqlTimes.timestamp(moment)).query(Long.class).single();
    }

    @Override
    public long overdueCount(Area area, Instant moment) {
        return jdbc.sql("select count(*) from item where status = 'OPEN' and area = ? and next_due_at < ?")
                .params(area.name(), SqlTimes.timestamp(moment)).query(Long.class).single();
    }

    @Override
    public List<ItemChange> timeline(long itemId) {
        return jdbc.sql("select kind, changed_by, changed_at, details from item_change where item_id = ? order by changed_at, id")
                .param(itemId)
                .query((rs, row) -> new ItemChange(ItemChange.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2) == null ? null : rs.getLong(2), SqlTimes.instant(rs, "changed_at"),
                        List.of((String[]) rs.getArray(4).getArray())))
                .list();
    }

    private static String placeholders() {
        return ItemRows.COLUMNS.stream().map(column -> ":" + column).collect(Collectors.joining(", "));
    }
}
