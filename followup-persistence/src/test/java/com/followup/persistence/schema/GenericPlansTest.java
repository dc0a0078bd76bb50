package com.followup.persistence.schema;

import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check-off calls {@code follow_up_day_add} (V10, V61, V62): PostgreSQL would plan its item lock and its months'
 * upsert again on each call, a third of the check-off's own PostgreSQL CPU, unless the function asks for generic plans
 * (V63). A migration that replaces the function must keep the setting.
 */
@PersistenceTest
class GenericPlansTest {

    @Autowired JdbcClient jdbc;

    @Test
    void the_days_and_months_function_is_planned_once_per_connection() {
        List<String> settings = jdbc.sql("select unnest(proconfig) from pg_proc where proname = 'follow_up_day_add'")
                .query(String.class).list();

        assertThat(settings).containsExactly("plan_cache_mode=force_generic_plan");
    }
}
