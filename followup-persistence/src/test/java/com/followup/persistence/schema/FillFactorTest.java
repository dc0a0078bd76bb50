package com.followup.persistence.schema;

import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every check-off adds to its person's row of the day in {@code follow_up_day}, changing no indexed column: with room
 * left on its page PostgreSQL updates it in place (HOT), without a new entry in the primary key (V60); the same for its area's
 * shard of the day in {@code follow_up_area_day} (V61).
 */
@PersistenceTest
class FillFactorTest {

    @Autowired JdbcClient jdbc;

    @Test
    void the_days_leave_room_on_their_pages_for_the_days_check_offs() {
        List<String> options = jdbc.sql("select unnest(reloptions) from pg_class where oid = 'follow_up_day'::regclass")
                .query(String.class).list();

        assertThat(options).contains("fillfactor=75");
    }

    @Test
    void the_areas_days_leave_room_on_their_pages_too() {
        List<String> options = jdbc.sql("select unnest(reloptions) from pg_class where oid = 'follow_up_area_day'::regclass")
                .query(String.class).list();

        assertThat(options).contains("fillfactor=75");
    }
}
