package com.followup.persistence.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.lead.Assignment;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.ContactKeys;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadEvent;
import com.followup.domain.lead.LeadMatch;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.Meeting;
import com.followup.domain.lead.MeetingStatus;
import com.followup.domain.lead.PhoneNumbers;
import com.followup.domain.lead.ResponseTier;
import com.followup.domain.lead.ResponseTimes;
import com.followup.domain.lead.Touch;
import com.followup.domain.lead.TouchChannel;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Leads in plain SQL: a row each with a version, their history, touches and meetings beside them. What the intake
 * calls (the reads, the holds, {@link #arrive}) declares no transaction: a lead's intake runs on the JDBC
 * transaction manager, inside which a JPA transaction may not begin, and a file's import on the JPA one. Each such
 * method is one statement, so it needs none of its own; the holds last as long as their caller's transaction.
 */
@Repository
class JdbcLeads implements Leads {

    private static final String COLUMNS = String.join(", ", LeadRows.COLUMNS);
    private static final String OPEN = "status in ('NEW', 'ATTEMPTING', 'CONNECTED')";

    private final JdbcClient jdbc;
    private final PhoneNumbers phones;
    private final Clock clock;

    JdbcLeads(JdbcClient jdbc, PhoneNumbers phones, Clock clock) {
        this.jdbc = jdbc;
        this.phones = phones;
        this.clock = clock;
    }

    /** The lead and its history in one statement: the history is written only when the lead was. */
    @Override
    public Lead arrive(Lead lead, UUID requestId) {
        Map<String, Object> params = LeadRows.columns(lead, requestId);
        StringBuilder events = new StringBuilder();
        List<LeadEvent> unsaved = lead.unsavedEvents();
        for (int i = 0; i < unsaved.size(); i++) {
            LeadEvent event = unsaved.get(i);
            events.append(i == 0 ? "" : ", ").append("(").append(i).append(", cast(:kind").append(i)
                    .append(" as varchar), cast(:by").append(i).append(" as bigint), cast(:at").append(i)
                    .append(" as timestamptz), cast(:details").append(i).append(" as text[]))");
            params.put("kind" + i, event.kind().name());
            params.put("by" + i, event.who());
            params.put("at" + i, SqlTimes.timestamp(event.when()));
            params.put("details" + i, event.details().toArray(String[]::new));
        }
        String insert = "insert into lead (" + COLUMNS + ") values (" + placeholders()
                + ") on conflict (request_id) do nothing returning *";
        String sql = unsaved.isEmpty() ? insert : "with l as (" + insert + "), e as ("
                + "insert into lead_event (lead_id, kind, changed_by, changed_at, details)"
                + " select l.id, v.kind, v.changed_by, v.changed_at, v.details from l, (values " + events
                + ") v(n, kind, changed_by, changed_at, details) order by v.n) select * from l";
        return jdbc.sql(sql).paramSource(params).query((rs, row) -> LeadRows.lead(rs)).optional()
                .orElseGet(() -> arrivedBy(requestId).orElseThrow());
    }

    @Override
    public Optional<Lead> arrivedBy(UUID requestId) {
        return jdbc.sql("select * from lead where request_id = ?").param(requestId)
                .query((rs, row) -> LeadRows.lead(rs)).optional();
    }

    @Override
    @Transactional
    public Lead save(Lead lead) {
        Map<String, Object> columns = LeadRows.columns(lead, null);
        String assignments = LeadRows.COLUMNS.stream().filter(c -> !c.equals("request_id"))
                .map(c -> c + " = :" + c).collect(Collectors.joining(", "));
        // the first response in business time, counted once: when the lead is saved with its first touch
        columns.put("first_response_seconds", lead.firstTouchAt() == null ? null : ResponseTimes.firstResponse(
                lead.arrivedAt(), lead.firstTouchAt(), businessHours(clock.getZone())).toSeconds());
        Lead saved = jdbc.sql("update lead set " + assignments + ", version = version + 1,"
                        + " first_response_seconds = coalesce(first_response_seconds, :first_response_seconds)"
                        + " where id = :id and version = :version returning *")
                .paramSource(columns).query((rs, row) -> LeadRows.lead(rs)).optional()
                .orElseThrow(() -> new ConcurrentChangeException("lead " + lead.id()));
        writeEvents(saved.id(), lead.unsavedEvents());
        return saved;
    }

    @Override
    public Optional<Lead> findById(long id) {
        return jdbc.sql("select * from lead where id = ?").param(id).query((rs, row) -> LeadRows.lead(rs)).optional();
    }

    @Override
    public List<LeadEvent> history(long leadId) {
        return jdbc.sql("select * from lead_event where lead_id = ? order by id").param(leadId)
                .query((rs, row) -> new LeadEvent(LeadEvent.Kind.valueOf(rs.getString("kind")),
                        (Long) rs.getObject("changed_by"), SqlTimes.instant(rs, "changed_at"), strings(rs.getArray("details"))))
                .list();
    }

    @Override
    @Transactional
    public boolean recordTouch(long leadId, Touch touch, UUID requestId) {
        return jdbc.sql("""
                        insert into lead_touch (lead_id, request_id, channel, reached, note, touched_by, touched_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (request_id) do nothing""")
                .params(leadId, requestId, touch.channel().name(), touch.reached(), touch.note(), touch.by(),
                        SqlTimes.timestamp(touch.at()))
                .update() == 1;
    }

    @Override
    public List<Touch> touches(long leadId) {
        return jdbc.sql("select * from lead_touch where lead_id = ? order by touched_at, id").param(leadId)
                .query((rs, row) -> new Touch(TouchChannel.valueOf(rs.getString("channel")), rs.getBoolean("reached"),
                        rs.getString("note"), rs.getLong("touched_by"), SqlTimes.instant(rs, "touched_at")))
                .list();
    }

    @Override
    @Transactional
    public Optional<Meeting> bookMeeting(Meeting meeting, UUID requestId) {
        return jdbc.sql("""
                        insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (request_id) do nothing returning *""")
                .params(meeting.leadId(), requestId, SqlTimes.timestamp(meeting.when()), meeting.withWhom(),
                        meeting.status().name(), meeting.bookedBy(), SqlTimes.timestamp(meeting.bookedAt()))
                .query((rs, row) -> meeting(rs)).optional();
    }

    @Override
    @Transactional
    public boolean settleMeeting(Meeting meeting) {
        return jdbc.sql("update lead_meeting set status = ? where id = ? and status = 'BOOKED'")
                .params(meeting.status().name(), meeting.id()).update() == 1;
    }

    @Override
    public List<Meeting> meetings(long leadId) {
        return jdbc.sql("select * from lead_meeting where lead_id = ? order by meeting_at, id").param(leadId)
                .query((rs, row) -> meeting(rs)).list();
    }

    /**
     * One statement: the open Sales items that may be the person (found by their email in lower case, or by the
     * phone's last digits, each from its index), then the latest lead with the same email or phone. An item wins
     * over a lead. Open Sales items keep their phones as typed: the few whose digits end like the number are read
     * again as international numbers, so that "55 1234 5678" and "+52 55 1234 5678" are one person.
     */
    @Override
    public Optional<LeadMatch> findMatch(ContactKeys keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String lastDigits = keys.phone() == null ? null : keys.phone().substring(Math.max(1, keys.phone().length() - 8));
        return jdbc.sql("""
                        (select 'PROSPECT' as kind, i.id, i.owner_id, u.active, i.contact_email, i.contact_phone
                         from item i join app_user u on u.id = i.owner_id
                         where i.id in (select e.id from item e where e.area = 'SALES' and e.status <> 'CLOSED'
                                            and lower(e.contact_email) = :email
                                        union
                                        select p.id from item p where p.area = 'SALES' and p.status <> 'CLOSED'
                                            and cast(:digits as text) is not null and char_length(:digits) = 8
                                            and right(regexp_replace(p.contact_phone, '[^0-9]', '', 'g'), 8) = :digits
                                        union
                                        select p.id from item p where p.area = 'SALES' and p.status <> 'CLOSED'
                                            and cast(:digits as text) is not null and char_length(:digits) < 8
                                            and regexp_replace(p.contact_phone, '[^0-9]', '', 'g') like '%' || :digits)
                         order by i.started_at desc, i.id desc limit 50)
                        union all
                        (select 'LEAD', l.id, l.owner_id, u.active, null, null from lead l join app_user u on u.id = l.owner_id
                         where l.email_key = :email or l.phone_key = :phone order by l.arrived_at desc, l.id desc limit 1)""")
                .param("email", keys.email()).param("digits", lastDigits).param("phone", keys.phone())
                .query((rs, row) -> {
                    boolean lead = rs.getString("kind").equals("LEAD");
                    LeadMatch match = new LeadMatch(lead ? LeadMatch.Kind.LEAD : LeadMatch.Kind.PROSPECT, rs.getLong("id"),
                            rs.getLong("owner_id"), rs.getBoolean("active"));
                    return lead || new ContactKeys(rs.getString("contact_email"), rs.getString("contact_phone") == null
                            ? null : phones.international(rs.getString("contact_phone")).orElse(null)).matches(keys) ? match : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<LeadSource> sources() {
        return jdbc.sql(SOURCES + " where s.active order by lower(s.name)").query((rs, row) -> source(rs)).list();
    }

    @Override
    @Transactional
    public LeadSource addSource(String name, ResponseTier tier, Long sellerId, List<Long> team) {
        long id = jdbc.sql("insert into lead_source (name, tier, seller_id) values (?, ?, ?) returning id")
                .params(name, tier.name(), sellerId).query(Long.class).single();
        team.forEach(member -> jdbc.sql("insert into lead_source_member (source_id, user_id) values (?, ?)")
                .params(id, member).update());
        return source(id).orElseThrow();
    }

    @Override
    public Optional<LeadSource> source(long id) {
        return jdbc.sql(SOURCES + " where s.id = ? and s.active").param(id).query((rs, row) -> source(rs)).optional();
    }

    /** One statement: the hours' row, and beside it the source's when it is active. */
    @Override
    public IntakeSetting intakeSetting(Long sourceId, ZoneId zone) {
        return jdbc.sql("select src.*, h.zone as h_zone, h.opens as h_opens, h.closes as h_closes, h.days as h_days"
                        + " from business_hours h left join (" + SOURCES + " where s.id = :id and s.active) src on true"
                        + " where h.id = 1")
                .param("id", sourceId)
                .query((rs, row) -> new IntakeSetting(rs.getObject("id") == null ? Optional.empty() : Optional.of(source(rs)),
                        businessHours(rs, "h_", zone)))
                .single();
    }

    /**
     * Transaction-scoped advisory locks in one statement: first intake's, shared (a file's import holds it alone), then
     * one for the email and one for the phone, in the order of their keys so that two people's locks never wait on
     * each other in a circle.
     */
    @Override
    public void holdPerson(ContactKeys keys) {
        jdbc.sql("""
                        select count(case when s.k is null then pg_advisory_xact_lock_shared(hashtext('lead-intake'))
                                          else pg_advisory_xact_lock(hashtext('lead-person'), s.k) end)
                        from (select u.k from (select cast(null as int) as k
                                               union select hashtext(v.x) from (values ('email:' || cast(:email as text)),
                                                   ('phone:' || cast(:phone as text))) v(x) where v.x is not null) u
                              order by u.k nulls first) s""")
                .param("email", keys.email()).param("phone", keys.phone()).query(Long.class).single();
    }

    @Override
    public void holdAllIntake() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('lead-intake'))").query((rs, row) -> row).list();
    }

    /** The source's row locked and read in one statement (an inactive source is neither). */
    @Override
    public Optional<LeadSource> lockSource(long id) {
        return jdbc.sql(SOURCES + " where s.id = ? and s.active for update of s").param(id).query((rs, row) -> source(rs)).optional();
    }

    /** Transaction-scoped advisory locks, one per capped seller, in the order of their keys. */
    @Override
    public void holdCappedSellers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(hashtext('lead-seller'), s.k)) from (
                            select distinct hashtext(cast(c.user_id as text)) as k from lead_seller c
                            where c.user_id in (:ids) and c.daily_cap is not null order by k) s""")
                .param("ids", ids).query(Long.class).single();
    }

    @Override
    public void rememberTurn(long sourceId, long sellerId) {
        jdbc.sql("update lead_source set last_assigned_id = ? where id = ?").params(sellerId, sourceId).update();
    }

    /**
     * One statement. A seller's leads today are counted only when they have a cap, and only up to it: a seller who
     * gets thousands of leads a day (an API fed by a campaign) would otherwise cost every new lead a count of all of
     * them, as the benchmark's one seller did (2 ms of the database's time a lead at 1,400 leads, growing).
     */
    @Override
    public Map<Long, Assignment.Seller> sellers(Collection<Long> ids, Instant startOfDay) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Assignment.Seller> sellers = new HashMap<>();
        jdbc.sql("""
                        select u.id, u.active, coalesce(s.away, false) as away, s.daily_cap,
                               case when s.daily_cap is null then 0 else (select count(*) from (
                                   select 1 from lead l where l.owner_id = u.id and l.arrived_at >= :start
                                   limit s.daily_cap) c) end as today
                        from app_user u left join lead_seller s on s.user_id = u.id where u.id in (:ids)""")
                .param("ids", ids).param("start", SqlTimes.timestamp(startOfDay))
                .query((rs, row) -> new Assignment.Seller(rs.getLong("id"), rs.getBoolean("active"), rs.getBoolean("away"),
                        rs.getInt("today"), (Integer) rs.getObject("daily_cap")))
                .list().forEach(seller -> sellers.put(seller.id(), seller));
        return sellers;
    }

    @Override
    public Optional<Long> areaManager() {
        return jdbc.sql("""
                        select u.id from app_user u
                        where u.active and (u.role = 'MANAGER' and exists (select 1 from app_user_area a
                                where a.user_id = u.id and a.area = 'SALES') or u.role = 'DIRECTOR')
                        order by u.role = 'DIRECTOR', u.id limit 1""")
                .query(Long.class).optional();
    }

    @Override
    public BusinessHours businessHours(ZoneId zone) {
        return jdbc.sql("select * from business_hours where id = 1").query((rs, row) -> businessHours(rs, "", zone)).single();
    }

    /** A row of {@code business_hours}, its columns named with {@code prefix}; without a zone, {@code zone}. */
    static BusinessHours businessHours(java.sql.ResultSet rs, String prefix, ZoneId zone) throws java.sql.SQLException {
        String own = rs.getString(prefix + "zone");
        return new BusinessHours(own == null ? zone : ZoneId.of(own),
                rs.getTime(prefix + "opens").toLocalTime(), rs.getTime(prefix + "closes").toLocalTime(),
                Arrays.stream(rs.getString(prefix + "days").split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()));
    }

    @Override
    public List<InboxRow> inbox(Long ownerId, int limit) {
        return jdbc.sql("select l.*, s.name as source_name, u.display_name as owner_name from lead l"
                        + " join lead_source s on s.id = l.source_id join app_user u on u.id = l.owner_id"
                        + " where l." + OPEN + " and (cast(:owner as bigint) is null or l.owner_id = :owner)"
                        + " order by l.first_touch_at is not null, l.respond_by, l.id limit :limit")
                .param("owner", ownerId).param("limit", limit)
                .query((rs, row) -> new InboxRow(LeadRows.lead(rs), rs.getString("source_name"), rs.getString("owner_name")))
                .list();
    }

    @Override
    public int countNew(Long ownerId) {
        return jdbc.sql("select count(*) from lead where status = 'NEW' and (cast(:owner as bigint) is null or owner_id = :owner)")
                .param("owner", ownerId).query(Integer.class).single();
    }

    private static final String SOURCES = """
            select s.*, coalesce(s.allowed_minutes, t.allowed_minutes) as effective_minutes,
                   array(select m.user_id from lead_source_member m where m.source_id = s.id order by m.user_id) as team
            from lead_source s join response_tier t on t.tier = s.tier""";

    private static LeadSource source(ResultSet rs) throws SQLException {
        Long[] team = (Long[]) rs.getArray("team").getArray();
        return new LeadSource(rs.getLong("id"), rs.getString("name"), ResponseTier.valueOf(rs.getString("tier")),
                Duration.ofMinutes(rs.getInt("effective_minutes")), (Long) rs.getObject("seller_id"), List.of(team),
                (Long) rs.getObject("last_assigned_id"));
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("lead_id"), SqlTimes.instant(rs, "meeting_at"),
                rs.getString("with_whom"), MeetingStatus.valueOf(rs.getString("status")), rs.getLong("booked_by"),
                SqlTimes.instant(rs, "booked_at"));
    }

    /** The history's new rows in one statement. */
    private void writeEvents(long leadId, List<LeadEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into lead_event (lead_id, kind, changed_by, changed_at, details) values ");
        List<Object> params = new java.util.ArrayList<>();
        for (LeadEvent event : events) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(leadId, event.kind().name(), event.who(), SqlTimes.timestamp(event.when()),
                    event.details().toArray(String[]::new)));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static String placeholders() {
        return LeadRows.COLUMNS.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    }
}
