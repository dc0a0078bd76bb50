package com.followup.persistence.notice;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.Notification;
import com.followup.domain.notice.OutboxMessage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Messages, notifications, preferences and calendar tokens in plain SQL; "once" is a unique dedup key. */
@Repository
class JdbcNotices implements Notices {

    private static final RowMapper<OutboxMessage> MESSAGE = (rs, n) -> new OutboxMessage(rs.getLong("id"),
            OutboxMessage.Kind.valueOf(rs.getString("kind")), rs.getLong("recipient_id"), rs.getString("to_address"),
            rs.getString("subject"), rs.getString("body"), rs.getString("dedup_key"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("sent_at")),
            rs.getString("sent_via") == null ? null : OutboxMessage.Via.valueOf(rs.getString("sent_via")),
            rs.getString("last_error"));

    private static final RowMapper<Notification> NOTIFICATION = (rs, n) -> new Notification(rs.getLong("id"),
            rs.getLong("user_id"), OutboxMessage.Kind.valueOf(rs.getString("kind")),
            rs.getObject("item_id") == null ? null : rs.getLong("item_id"), rs.getString("item_title"),
            rs.getString("detail"), rs.getString("dedup_key"), instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("read_at")));

    private static final RowMapper<NoticeSettings> SETTINGS = (rs, n) -> new NoticeSettings(rs.getLong("user_id"),
            rs.getString("email"), rs.getBoolean("digest_enabled"), rs.getObject("digest_at", LocalTime.class),
            rs.getString("language"), rs.getLong("version"));

    private final JdbcClient jdbc;

    JdbcNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean enqueue(OutboxMessage m) {
        return jdbc.sql("""
                        insert into outbox_message (kind, recipient_id, to_address, subject, body, dedup_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing""")
                .params(m.kind().name(), m.recipientId(), m.toAddress(), m.subject(), m.body(), m.dedupKey(),
                        ts(m.createdAt()))
                .update() == 1;
    }

    @Override
    public List<OutboxMessage> claimUnsent(int limit) {
        return jdbc.sql("select * from outbox_message where sent_at is null order by id limit ? for update skip locked")
                .param(limit).query(MESSAGE).list();
    }

    @Override
    public long unsentCount() {
        return jdbc.sql("select count(*) from outbox_message where sent_at is null").query(Long.class).single();
    }

    @Override
    public void markSent(long messageId, Instant at, OutboxMessage.Via via) {
        jdbc.sql("update outbox_message set sent_at = ?, sent_via = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(ts(at), via.name(), messageId).update();
    }

    @Override
    public void markFailed(long messageId, String error) {
        jdbc.sql("update outbox_message set attempts = attempts + 1, last_error = ? where id = ?")
                .params(error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000)), messageId).update();
    }

    @Override
    public List<OutboxMessage> latestMessages(int limit) {
        return jdbc.sql("select * from outbox_message order by created_at desc, id desc limit ?").param(limit)
                .query(MESSAGE).list();
    }

    @Override
    public boolean notify(Notification n) {
        return jdbc.sql("""
                        insert into notification (user_id, kind, item_id, item_title, detail, dedup_key, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing""")
                .params(n.userId(), n.kind().name(), n.itemId(), n.itemTitle(), n.detail(), n.dedupKey(), ts(n.createdAt()))
                .update() == 1;
    }

    @Override
    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(userId)
                .query(Long.class).single();
    }

    @Override
    public List<Notification> latestNotifications(long userId, int limit) {
        return jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit ?")
                .params(userId, limit).query(NOTIFICATION).list();
    }

    @Override
    public void markAllRead(long userId, Instant at) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null").params(ts(at), userId).update();
    }

    @Override
    public Optional<NoticeSettings> settings(long userId) {
        return jdbc.sql("select * from notice_settings where user_id = ?").param(userId).query(SETTINGS).optional();
    }

    @Override
    public void save(NoticeSettings s) {
        int changed = jdbc.sql("""
                        insert into notice_settings (user_id, email, digest_enabled, digest_at, language, version)
                        values (:user, :email, :enabled, :at, :language, 1)
                        on conflict (user_id) do update set email = :email, digest_enabled = :enabled, digest_at = :at,
                            language = :language, version = notice_settings.version + 1
                        where notice_settings.version = :version""")
                .param("user", s.userId()).param("email", s.email()).param("enabled", s.digestEnabled())
                .param("at", s.digestAt()).param("language", s.language()).param("version", s.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("notice settings of " + s.userId());
        }
    }

    @Override
    public List<NoticeSettings> digestSubscribers() {
        return jdbc.sql("""
                        select s.* from notice_settings s join app_user u on u.id = s.user_id
                        where s.digest_enabled and s.email is not null and u.active""")
                .query(SETTINGS).list();
    }

    @Override
    public void renewCalendar(long userId, String tokenHash, Instant at) {
        jdbc.sql("""
                        insert into calendar_feed (user_id, token_hash, renewed_at) values (?, ?, ?)
                        on conflict (user_id) do update set token_hash = excluded.token_hash, renewed_at = excluded.renewed_at""")
                .params(userId, tokenHash, ts(at)).update();
    }

    @Override
    public Optional<Long> calendarOwner(String tokenHash) {
        return jdbc.sql("""
                        select f.user_id from calendar_feed f join app_user u on u.id = f.user_id
                        where f.token_hash = ? and u.active""")
                .param(tokenHash).query(Long.class).optional();
    }

    @Override
    public Optional<Instant> calendarRenewedAt(long userId) {
        return jdbc.sql("select renewed_at from calendar_feed where user_id = ?").param(userId)
                .query((rs, n) -> instant(rs.getTimestamp(1))).optional();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
