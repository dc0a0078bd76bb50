package com.followup.persistence.followup;

import com.followup.persistence.SqlTimes;
import com.followup.domain.area.Area;
import com.followup.domain.followup.Channel;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;
import com.followup.persistence.RulePurposes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** "What is due" for one person: open items only, read through the partial index on (owner, next due). */
@Repository
class JdbcDueFollowUps implements DueFollowUps {

    private final JdbcClient jdbc;

    JdbcDueFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An item's last follow-up, read through the index on (item, done at): one row per item shown. */
    private static final String ROW = """
            i.id, i.title, i.counterpart_name, r.topic, i.area, i.next_due_at, i.last_interaction_at, i.owner_id,
            i.version, i.deadline, i.contact_name, i.contact_phone, i.contact_email, latest.channel, latest.result,
            i.portfolio_purpose, """ + RulePurposes.of("i.rule_id");

    private static final String LAST = " left join lateral (select f.channel, f.result from follow_up f where f.item_id = i.id"
            + " order by f.done_at desc, f.id desc limit 1) latest on true ";

    @Override
    public List<DueRow> dueBefore(long ownerId, Instant before) {
        return jdbc.sql("select " + ROW + " from item i join follow_up_rule r on r.id = i.rule_id" + LAST + """
                        where i.owner_id = ? and i.status = 'OPEN' and i.next_due_at < ?
                        order by i.next_due_at, i.id""")
                .params(ownerId, SqlTimes.timestamp(before))
                .query(JdbcDueFollowUps::row)
                .list();
    }

    @Override
    public List<DueRow> firstOfEachBucket(long ownerId, DueBuckets buckets, int perBucket) {
        return jdbc.sql("select " + ROW + """
                         from (select i.*, row_number() over (partition by width_bucket(next_due_at, cast(:starts as timestamptz[]))
                                    order by next_due_at, id) as place
                              from item i where owner_id = :owner and status = 'OPEN') i
                        join follow_up_rule r on r.id = i.rule_id""" + LAST + """
                        where i.place <= :perBucket
                        order by i.next_due_at, i.id""")
                .param("owner", ownerId)
                .param("starts", starts(buckets))
                .param("perBucket", perBucket)
                .query(JdbcDueFollowUps::row)
                .list();
    }

    @Override
    public List<DueRow> matching(long ownerId, String words, int limit) {
        String pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + ROW + " from item i join follow_up_rule r on r.id = i.rule_id" + LAST + """
                        where i.owner_id = :owner and i.status = 'OPEN'
                          and (i.title ilike :words or i.counterpart_name ilike :words or i.contact_name ilike :words
                               or i.contact_email ilike :words)
                        order by i.next_due_at, i.id limit :limit""")
                .param("owner", ownerId)
                .param("words", pattern)
                .param("limit", limit)
                .query(JdbcDueFollowUps::row)
                .list();
    }

    /** The domain's boundaries as a PostgreSQL array, so that SQL sorts into buckets exactly as DueBuckets does. */
    private static String[] starts(DueBuckets buckets) {
        return buckets.starts().stream().map(Instant::toString).toArray(String[]::new);
    }

    private static DueRow row(ResultSet rs, int row) throws SQLException {
        return new DueRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Area.valueOf(rs.getString(5)), SqlTimes.instant(rs, "next_due_at"),
                SqlTimes.instant(rs, "last_interaction_at"), rs.getLong(8), rs.getLong(9),
                SqlTimes.instant(rs, "deadline"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("contact_email"), rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
                rs.getString("result"), ItemPurpose.ofColumn(rs.getString("portfolio_purpose")),
                RulePurpose.ofColumn(rs.getString("rule_purpose")));
    }

    @Override
    public TimedCounts timedCounts(long ownerId, DueBuckets buckets) {
        long[] counts = new long[DueBuckets.Bucket.values().length];
        long[] unread = {0};
        Instant[] firstNotReached = {null};
        jdbc.sql("""
                        select width_bucket(next_due_at, cast(:starts as timestamptz[])) as bucket, count(*),
                               min(next_due_at) as first_due_at
                        from item where owner_id = :owner and status = 'OPEN' group by 1
                        union all
                        select -1, count(*), null from notification where user_id = :owner and read_at is null""")
                .param("owner", ownerId)
                .param("starts", starts(buckets))
                .query(rs -> {
                    int bucket = rs.getInt(1);
                    if (bucket < 0) {
                        unread[0] = rs.getLong(2);
                        return;
                    }
                    counts[bucket] = rs.getLong(2);
                    Instant first = SqlTimes.instant(rs, "first_due_at");
                    // the earliest of the buckets not overdue holds the first due moment not yet reached
                    if (bucket > 0 && (firstNotReached[0] == null || first.isBefore(firstNotReached[0]))) {
                        firstNotReached[0] = first;
                    }
                });
        return TimedCounts.of(BucketCounts.numbered(counts, unread[0]), firstNotReached[0], buckets);
    }

    @Override
    public OptionalLong workChange(long ownerId) {
        return jdbc.sql("select change from due_work_version where person_id = ?")
                .param(ownerId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElseGet(OptionalLong::empty);
    }
}
