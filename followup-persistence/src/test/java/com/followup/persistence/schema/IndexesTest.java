package com.followup.persistence.schema;

import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every index costs each write of its table an entry, and a check-off writes its item with a new next follow-up, which
 * no update in place (HOT) can do: an index whose columns begin another index of the same table, with the same
 * condition, only adds that cost (V56 dropped {@code item_by_rule}, the start of {@code item_started_by_rule}).
 */
@PersistenceTest
class IndexesTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void no_index_is_the_first_columns_of_another() {
        List<String> covered = jdbc.sql("""
                        select a.indexrelid::regclass || ' by ' || b.indexrelid::regclass
                        from pg_index a join pg_index b on b.indrelid = a.indrelid and b.indexrelid <> a.indexrelid
                        join pg_class ac on ac.oid = a.indexrelid join pg_class bc on bc.oid = b.indexrelid
                        where ac.relnamespace = current_schema()::regnamespace and ac.relam = bc.relam
                          and not a.indisunique and a.indexprs is null and b.indexprs is null
                          and a.indnatts = a.indnkeyatts and a.indnkeyatts <= b.indnkeyatts
                          and (string_to_array(a.indkey::text, ' '))[1:a.indnkeyatts]
                              = (string_to_array(b.indkey::text, ' '))[1:a.indnkeyatts]
                          and pg_get_expr(a.indpred, a.indrelid) is not distinct from pg_get_expr(b.indpred, b.indrelid)""")
                .query(String.class).list();

        assertThat(covered).isEmpty();
    }

    @Test
    void the_items_of_a_rule_are_still_read_by_an_index() {
        String plan = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain (costs off) select id from item where rule_id = 1")
                    .query(String.class).list());
        });

        assertThat(plan).contains("item_started_by_rule");
    }
}
