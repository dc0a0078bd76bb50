package com.followup.persistence.dashboard;

import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' counts of open items and receivables are answered from V54's and V59's indexes alone, whatever the size of the history: the
 * predicates of {@link FigurePredicates} and the indexes' expressions must keep matching (a predicate written another
 * way would read every open item of the area again, 353,000 pages a Sales dashboard at ten times). The test's tables
 * are small and any index would do for PostgreSQL, so each plan is made with the index alone (the item's other indexes
 * dropped in a transaction that is rolled back) and must read it alone, without the table.
 */
@PersistenceTest
class OpenItemIndexesTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void still_overdue_in_a_range_reads_its_slice_of_the_open_items_by_counted_due() {
        String plan = planWithOnly("item_open_by_counted_due", "select count(*) from item where area = 'SALES' and "
                + FigurePredicates.STILL_OVERDUE_IN.formatted("timestamptz '2026-11-01 00:00Z'", "timestamptz '2026-12-01 00:00Z'")
                + " and owner_id = 1");

        assertThat(plan).contains("Index Only Scan using item_open_by_counted_due on item")
                .containsPattern("Index Cond: .*COALESCE\\(counted_due_at, next_due_at\\)\\) >=");
    }

    @Test
    void who_is_behind_counts_each_persons_open_items_from_the_covering_index() {
        String plan = planWithOnly("item_open_covering", "select owner_id, rule_id, count(*) filter (where "
                + FigurePredicates.STILL_OVERDUE_IN.formatted("timestamptz '2026-11-01 00:00Z'", "timestamptz '2026-12-01 00:00Z'")
                + "), count(*) filter (where " + FigurePredicates.OVERDUE_NOW + "), count(*) filter (where "
                + FigurePredicates.PAST_DEADLINE + ") from item where area = 'SALES' and status = 'OPEN' group by 1, 2");

        assertThat(plan).contains("Index Only Scan using item_open_covering on item");
    }

    @Test
    void the_receivables_by_age_and_in_other_currencies_are_read_from_their_own_index() {
        String ageing = planWithOnly("item_receivable", "select " + FigurePredicates.AGEING_BUCKET.replace(":starts",
                "cast('{2026-09-03T00:00:00Z,2026-12-02T00:00:00Z}' as timestamptz[])").replace(":without_deadline", "2")
                + ", count(*), sum(amount - coalesce(amount_collected, 0)) from item where "
                + FigurePredicates.RECEIVABLE.replace(":currency", "'MXN'") + " and owner_id = 1 group by 1");
        String others = planWithOnly("item_receivable", "select currency, count(*), sum(amount - coalesce(amount_collected, 0)),"
                + " sum(amount) filter (where " + FigurePredicates.PAST_DUE.replace(":past_due_before", "now()") + ")"
                + " from item where ((" + FigurePredicates.RECEIVABLE_OTHER_CURRENCY.replace(":currency", "'MXN'") + ") or ("
                + FigurePredicates.RECEIVABLE_WITHOUT_AMOUNT + ")) and owner_id = 1 group by currency");

        assertThat(ageing).contains("Index Only Scan using item_receivable on item");
        assertThat(others).contains("Index Only Scan using item_receivable on item");
    }

    private String planWithOnly(String index, String query) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                            select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
                            where i.indrelid = 'item'::regclass and c.relname <> :index
                              and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)""")
                    .param("index", index).query(String.class).list()
                    .forEach(other -> jdbc.sql("drop index " + other).update());
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            return String.join("\n", jdbc.sql("explain " + query.replace(":now", "timestamptz '2026-12-02 12:00Z'"))
                    .query(String.class).list());
        });
    }
}
