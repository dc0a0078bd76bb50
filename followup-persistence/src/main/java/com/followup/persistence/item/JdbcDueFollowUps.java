package com.followup.persistence.item;

import com.followup.domain.area.Area;
import com.followup.domain.item.DueBuckets;
import com.followup.domain.item.DueFollowUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** "What is due" for one person: open items only, read through the partial index on (owner, next due). */
@Repository
class JdbcDueFollowUps implements DueFollowUps {

    private final JdbcClient jdbc;

    JdbcDueFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROW = """
            i.id, i.title, i.counterpart_name, r.topic, i.area, i.next_due_at, i.last_interaction_at, i.owner_id,
            i.version, i.deadline""";

    @Override
    public List<DueRow> dueBefore(long ownerId, Instant before) {
        return jdbc.sql("select " + ROW + """
                         from item i join follow_up_rule r on r.id = i.rule_id
                        where i.owner_id = ? and i.status = 'OPEN' and i.next_due_at < ?
                        order by i.next_due_at, i.id""")
                .params(ownerId, ItemRows.ts(before))
                .query(JdbcDueFollowUps::row)
                .list();
    }

    @Override
    public List<DueRow> firstOfEachBucket(long ownerId, DueBuckets buckets, int perBucket) {
        return jdbc.sql("select " + ROW + """
                         from (select i.*, row_number() over (partition by case when next_due_at < :now then 0
                                        when next_due_at < :tomorrow then 1 when next_due_at < :nextWeek then 2 else 3 end
                                    order by next_due_at, id) as place
                              from item i where owner_id = :owner and status = 'OPEN') i
                        join follow_up_rule r on r.id = i.rule_id
                        where i.place <= :perBucket
                        order by i.next_due_at, i.id""")
                .param("owner", ownerId)
                .param("now", ItemRows.ts(buckets.now()))
                .param("tomorrow", ItemRows.ts(buckets.startOfTomorrow()))
                .param("nextWeek", ItemRows.ts(buckets.startOfNextWeek()))
                .param("perBucket", perBucket)
                .query(JdbcDueFollowUps::row)
                .list();
    }

    private static DueRow row(ResultSet rs, int row) throws SQLException {
        return new DueRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Area.valueOf(rs.getString(5)), ItemRows.instant(rs, "next_due_at"),
                ItemRows.instant(rs, "last_interaction_at"), rs.getLong(8), rs.getLong(9),
                ItemRows.instant(rs, "deadline"));
    }

    @Override
    public BucketCounts countsByBucket(long ownerId, DueBuckets buckets) {
        return jdbc.sql("""
                        select count(*) filter (where next_due_at < :now),
                               count(*) filter (where next_due_at >= :now and next_due_at < :tomorrow),
                               count(*) filter (where next_due_at >= :tomorrow and next_due_at < :nextWeek),
                               count(*) filter (where next_due_at >= :nextWeek),
                               (select count(*) from notification where user_id = :owner and read_at is null)
                        from item where owner_id = :owner and status = 'OPEN'""")
                .param("owner", ownerId)
                .param("now", ItemRows.ts(buckets.now()))
                .param("tomorrow", ItemRows.ts(buckets.startOfTomorrow()))
                .param("nextWeek", ItemRows.ts(buckets.startOfNextWeek()))
                .query((rs, row) -> new BucketCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }
}
