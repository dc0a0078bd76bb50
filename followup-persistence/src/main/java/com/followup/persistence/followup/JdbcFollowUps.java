package com.followup.persistence.followup;

import com.followup.persistence.SqlTimes;
import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.followup.Channel;
import com.followup.domain.followup.ContactKind;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
@Transactional(readOnly = true)
class JdbcFollowUps implements FollowUps {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcFollowUps(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A second submission of the same form finds its request id taken, waits for the first, and records nothing. */
    @Override
    @Transactional
    public boolean record(FollowUp f) {
        return jdbc.sql("""
                        insert into follow_up (item_id, request_id, due_at, done_at, recorded_at, done_by, channel,
                                               duration_minutes, note, result, kind, on_time, revision, area, rule_id)
                        select i.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, i.area, i.rule_id from item i where i.id = ?
                        on conflict (request_id) do nothing""")
                .params(f.requestId(), SqlTimes.timestamp(f.dueAt()), SqlTimes.timestamp(f.doneAt()),
                        SqlTimes.timestamp(clock.instant()), f.doneBy(), f.channel().name(), f.durationMinutes(), f.note(),
                        f.result(), f.kind().name(), f.onTime(), f.revision(), f.itemId())
                .update() == 1;
    }

    @Override
    public boolean isRecorded(UUID requestId) {
        return jdbc.sql("select exists (select 1 from follow_up where request_id = ?)").param(requestId)
                .query(Boolean.class).single();
    }

    @Override
    @Transactional
    public void correct(FollowUp.Correction correction) {
        FollowUp f = correction.followUp();
        FollowUp.FollowUpEdit edit = correction.edit();
        int updated = jdbc.sql("update follow_up set note = ?, result = ?, revision = ? where request_id = ? and revision = ?")
                .params(f.note(), f.result(), f.revision(), f.requestId(), f.revision() - 1)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("follow-up " + f.requestId());
        }
        jdbc.sql("""
                        insert into follow_up_edit (request_id, revision, previous_note, previous_result, edited_by, edited_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(edit.requestId(), edit.revision(), edit.previousNote(), edit.previousResult(), edit.editedBy(),
                        SqlTimes.timestamp(edit.editedAt()))
                .update();
    }

    @Override
    public Optional<Channel> lastChannel(long itemId) {
        return jdbc.sql("select channel from follow_up where item_id = ? order by done_at desc, id desc limit 1")
                .param(itemId).query((rs, row) -> Channel.valueOf(rs.getString(1))).optional();
    }

    @Override
    public List<FollowUp> findByItem(long itemId) {
        return jdbc.sql("select * from follow_up where item_id = ? order by done_at").param(itemId)
                .query((rs, row) -> new FollowUp(rs.getLong("item_id"), rs.getObject("request_id", UUID.class),
                        SqlTimes.instant(rs, "due_at"), SqlTimes.instant(rs, "done_at"), rs.getLong("done_by"),
                        Channel.valueOf(rs.getString("channel")), (Integer) rs.getObject("duration_minutes"),
                        rs.getString("note"), rs.getString("result"), ContactKind.valueOf(rs.getString("kind")),
                        rs.getBoolean("on_time"), rs.getInt("revision")))
                .list();
    }
}
