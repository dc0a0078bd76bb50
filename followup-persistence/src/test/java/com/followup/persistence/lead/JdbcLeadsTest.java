package com.followup.persistence.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Assignment;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.ContactKeys;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadEvent;
import com.followup.domain.lead.LeadMatch;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.Meeting;
import com.followup.domain.lead.MeetingStatus;
import com.followup.domain.lead.Touch;
import com.followup.domain.lead.TouchChannel;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcLeadsTest {

    static final AtomicInteger COUNTER = new AtomicInteger();
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired Leads leads;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void a_lead_round_trips_with_its_history() {
        long seller = person(Role.STAFF);
        Lead arriving = lead(seller, "lucia@example.com", "+525512345678");
        Lead stored = leads.arrive(arriving, UUID.randomUUID());

        Lead found = leads.findById(stored.id()).orElseThrow();
        assertThat(found.contact()).isEqualTo(lead(seller, "lucia@example.com", "+525512345678").contact());
        assertThat(found.respondBy()).isEqualTo(stored.respondBy()).isAfter(found.arrivedAt());
        assertThat(found.status()).isEqualTo(LeadStatus.NEW);
        assertThat(leads.history(stored.id())).extracting(LeadEvent::kind)
                .containsExactly(LeadEvent.Kind.ARRIVED, LeadEvent.Kind.ASSIGNED);
        // stored with the lead in one statement: who, when and the details, in their order
        assertThat(leads.history(stored.id())).isEqualTo(arriving.unsavedEvents());
    }

    @Test
    void the_same_lead_sent_twice_at_the_same_moment_is_stored_once() throws Exception {
        long seller = person(Role.STAFF);
        UUID requestId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Long> send = () -> leads.arrive(lead(seller, "twice@example.com", null), requestId).id();
            List<Future<Long>> ids = pool.invokeAll(List.of(send, send));
            assertThat(ids.get(0).get()).isEqualTo(ids.get(1).get());
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from lead where email_key = 'twice@example.com'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(leads.arrivedBy(requestId)).isPresent();
    }

    @Test
    void a_touch_sent_twice_is_kept_once_and_a_stale_copy_is_refused() {
        long seller = person(Role.STAFF);
        Lead lead = leads.arrive(lead(seller, null, "+525598765432"), UUID.randomUUID());
        Touch touch = new Touch(TouchChannel.CALL, true, "Wants a demo", seller, NOW);
        UUID requestId = UUID.randomUUID();

        assertThat(leads.recordTouch(lead.id(), touch, requestId)).isTrue();
        assertThat(leads.recordTouch(lead.id(), touch, requestId)).isFalse();
        lead.logTouch(touch);
        Lead saved = leads.save(lead);

        assertThat(leads.touches(lead.id())).containsExactly(touch);
        assertThat(saved.status()).isEqualTo(LeadStatus.CONNECTED);
        assertThat(saved.firstTouchAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> leads.save(lead)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void a_meeting_is_booked_once_and_settled_once() {
        long seller = person(Role.STAFF);
        Lead lead = leads.arrive(lead(seller, "meet@example.com", null), UUID.randomUUID());
        UUID requestId = UUID.randomUUID();
        Meeting booked = new Meeting(null, lead.id(), NOW.plus(1, ChronoUnit.DAYS), "Lucía and her CFO",
                MeetingStatus.BOOKED, seller, NOW);

        Meeting first = leads.bookMeeting(booked, requestId).orElseThrow();
        assertThat(leads.bookMeeting(booked, requestId)).as("the same request again books nothing").isEmpty();
        assertThat(leads.settleMeeting(first.settle(MeetingStatus.HELD))).isTrue();
        assertThat(leads.settleMeeting(first.settle(MeetingStatus.CANCELLED))).isFalse();

        assertThat(leads.meetings(lead.id())).extracting(Meeting::status).containsExactly(MeetingStatus.HELD);
    }

    @Test
    void a_later_lead_matches_the_newest_earlier_one_by_email_in_any_case_or_by_phone() {
        long seller = person(Role.STAFF);
        String email = "match" + COUNTER.incrementAndGet() + "@example.com";
        Lead earlier = leads.arrive(lead(seller, email, "+52551111" + String.format("%04d", COUNTER.get())), UUID.randomUUID());

        assertThat(leads.findMatch(new ContactKeys(email.toUpperCase(), null)))
                .contains(new LeadMatch(LeadMatch.Kind.LEAD, earlier.id(), seller, true));
        assertThat(leads.findMatch(new ContactKeys(null, earlier.contact().phoneInternational())))
                .map(LeadMatch::id).contains(earlier.id());
        assertThat(leads.findMatch(new ContactKeys("nobody@example.com", null))).isEmpty();
    }

    @Test
    void sellers_are_seen_with_their_leads_today_their_cap_and_whether_they_are_away() {
        long seller = person(Role.STAFF);
        leads.arrive(lead(seller, null, "+525522223333"), UUID.randomUUID());
        jdbc.sql("insert into lead_seller (user_id, away, daily_cap) values (?, true, 3)").param(seller).update();

        assertThat(leads.sellers(List.of(seller), NOW.minus(1, ChronoUnit.HOURS)))
                .containsEntry(seller, new Assignment.Seller(seller, true, true, 1, 3));
    }

    @Test
    void leads_today_are_counted_only_up_to_the_cap_and_not_at_all_without_one() {
        long capped = person(Role.STAFF);
        long free = person(Role.STAFF);
        for (int i = 0; i < 3; i++) {
            leads.arrive(lead(capped, null, null), UUID.randomUUID());
            leads.arrive(lead(free, null, null), UUID.randomUUID());
        }
        jdbc.sql("insert into lead_seller (user_id, daily_cap) values (?, 2)").param(capped).update();

        Map<Long, Assignment.Seller> sellers = leads.sellers(List.of(capped, free), NOW.minus(1, ChronoUnit.HOURS));

        assertThat(sellers.get(capped)).isEqualTo(new Assignment.Seller(capped, true, false, 2, 2));
        assertThat(sellers.get(capped).isWorkingToday()).isFalse();
        assertThat(sellers.get(free)).isEqualTo(new Assignment.Seller(free, true, false, 0, null));
    }

    @Test
    void a_source_names_its_team_and_remembers_whose_turn_it_was() {
        long first = person(Role.STAFF);
        long second = person(Role.STAFF);
        long source = source("Team " + COUNTER.incrementAndGet(), null);
        jdbc.sql("insert into lead_source_member values (?, ?), (?, ?)").params(source, first, source, second).update();

        leads.rememberTurn(source, first);

        LeadSource found = leads.lockSource(source).orElseThrow();
        assertThat(found.team()).containsExactly(first, second);
        assertThat(found.lastAssignedId()).isEqualTo(first);
        assertThat(found.allowed()).hasMinutes(5);
    }

    @Test
    void business_hours_are_nine_to_six_on_weekdays_in_the_company_zone_until_a_director_says_otherwise() {
        BusinessHours hours = leads.businessHours(ZoneId.of("America/Mexico_City"));

        assertThat(hours).isEqualTo(new BusinessHours(ZoneId.of("America/Mexico_City"), LocalTime.of(9, 0),
                LocalTime.of(18, 0), BusinessHours.MONDAY_TO_FRIDAY));
    }

    @Test
    void the_intake_reads_an_active_source_with_the_business_hours_and_only_the_hours_for_any_other() {
        long seller = person(Role.STAFF);
        long source = source("Fair " + COUNTER.incrementAndGet(), seller);
        long closed = source("Closed " + COUNTER.incrementAndGet(), seller);
        jdbc.sql("update lead_source set active = false where id = ?").param(closed).update();
        BusinessHours hours = leads.businessHours(ZoneId.of("America/Mexico_City"));

        Leads.IntakeSetting named = leads.intakeSetting(source, ZoneId.of("America/Mexico_City"));
        assertThat(named.source()).isEqualTo(leads.source(source));
        assertThat(named.hours()).isEqualTo(hours);
        for (Long other : new Long[] {closed, null, -1L}) {
            Leads.IntakeSetting none = leads.intakeSetting(other, ZoneId.of("America/Mexico_City"));
            assertThat(none.source()).isEmpty();
            assertThat(none.hours()).isEqualTo(hours);
        }
    }

    @Test
    void the_inbox_shows_open_leads_untouched_first_by_deadline() {
        long seller = person(Role.STAFF);
        Lead touched = leads.arrive(lead(seller, "a@example.com", null), UUID.randomUUID());
        Lead waiting = leads.arrive(lead(seller, "b@example.com", null), UUID.randomUUID());
        touched.logTouch(new Touch(TouchChannel.EMAIL, false, null, seller, NOW));
        leads.save(touched);

        assertThat(leads.inbox(seller, 50)).extracting(row -> row.lead().id()).containsExactly(waiting.id(), touched.id());
        assertThat(leads.countNew(seller)).isEqualTo(1);
    }

    private Lead lead(long owner, String email, String phone) {
        LeadSource source = new LeadSource(source("Web " + owner, owner), "Web", com.followup.domain.lead.ResponseTier.HOT,
                null, owner, List.of(), null);
        return Lead.arrive(new Lead.Contact("Lucía Pérez", email, phone, phone, "Buyer", "Acme", "Call me", true), source,
                null, new Assignment.Decision(owner, Assignment.Step.SOURCE_SELLER, List.of()),
                BusinessHours.officeHours(ZoneId.of("UTC")), NOW, null);
    }

    private long source(String name, Long seller) {
        return jdbc.sql("insert into lead_source (name, tier, seller_id) values (?, 'HOT', ?)"
                        + " on conflict (lower(name)) do update set name = excluded.name returning id")
                .params(name, seller).query(Long.class).single();
    }

    private long person(Role role) {
        return accounts.save(UserAccount.create("lead" + COUNTER.incrementAndGet() + "x" + System.nanoTime() % 100000,
                "Seller", "{bcrypt}hash", role, Set.of(Area.SALES))).id();
    }
}
