package com.followup.persistence.notice;

import com.followup.domain.area.Area;
import com.followup.domain.notice.FastRuleNotice;
import com.followup.domain.notice.NoticeCandidates;
import com.followup.domain.rule.ItemPurpose;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the scheduled notices look at, each one statement over the open items. */
@Repository
class JdbcNoticeCandidates implements NoticeCandidates {

    private final JdbcClient jdbc;

    JdbcNoticeCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SlippingItem> slipping(Instant now) {
        return jdbc.sql("""
                        select i.id, i.title, i.area, i.owner_id, i.next_due_at, r.escalate_after_mins, i.portfolio_purpose
                        from item i join follow_up_rule r on r.id = i.rule_id
                        where i.status = 'OPEN' and i.next_due_at < ?
                          and i.next_due_at + make_interval(mins => r.escalate_after_mins) <= ?
                        order by i.next_due_at, i.id""")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((rs, n) -> new SlippingItem(rs.getLong(1), rs.getString(2), Area.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getTimestamp(5).toInstant(), Duration.ofMinutes(rs.getLong(6)),
                        ItemPurpose.ofColumn(rs.getString(7))))
                .list();
    }

    @Override
    public List<FastItem> fast(Instant since) {
        return jdbc.sql("""
                        select id, title, owner_id, started_at, deadline, next_due_at, follow_ups_done, portfolio_purpose from item
                        where status = 'OPEN' and started_at >= ? and deadline - started_at <= make_interval(hours => ?)
                        order by id""")
                .params(Timestamp.from(since), (int) FastRuleNotice.SLOWEST.toHours())
                .query((rs, n) -> new FastItem(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                        rs.getInt(7), ItemPurpose.ofColumn(rs.getString(8))))
                .list();
    }

    @Override
    public List<Long> escalationRecipients(Area area) {
        return jdbc.sql("""
                        select u.id from app_user u
                        where u.active and ((u.role = 'MANAGER' and exists (select 1 from app_user_area a
                                                where a.user_id = u.id and a.area = :area))
                           or (u.role = 'DIRECTOR' and not exists (select 1 from app_user m join app_user_area ma on ma.user_id = m.id
                                                where m.active and m.role = 'MANAGER' and ma.area = :area)))
                        order by u.id""")
                .param("area", area.name()).query(Long.class).list();
    }
}
