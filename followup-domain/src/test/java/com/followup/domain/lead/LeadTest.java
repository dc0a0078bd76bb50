package com.followup.domain.lead;

import com.followup.domain.lead.Assignment.Decision;
import com.followup.domain.lead.Assignment.Step;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeadTest {

    private static final BusinessHours HOURS = BusinessHours.officeHours(ZoneId.of("UTC"));
    private static final Instant TUESDAY_TEN = Instant.parse("2026-12-01T10:00:00Z");
    private static final long SELLER = 11;

    @Test
    void a_new_lead_is_due_by_its_source_deadline_and_its_history_says_where_it_came_from_and_who_got_it() {
        Lead lead = hotLead();

        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        assertThat(lead.respondBy()).isEqualTo(Instant.parse("2026-12-01T10:05:00Z"));
        assertThat(lead.halfwayAt()).isEqualTo(Instant.parse("2026-12-01T10:02:30Z"));
        assertThat(lead.unsavedEvents()).extracting(LeadEvent::kind)
                .containsExactly(LeadEvent.Kind.ARRIVED, LeadEvent.Kind.ASSIGNED);
        assertThat(lead.unsavedEvents().get(1).details()).containsExactly("SOURCE_SELLER", "11", "NO_MATCH");
    }

    @Test
    void the_first_touch_makes_it_attempting_and_a_touch_that_reached_the_person_connected() {
        Lead lead = hotLead();

        lead.logTouch(new Touch(TouchChannel.CALL, false, null, SELLER, TUESDAY_TEN.plusSeconds(60)));
        assertThat(lead.status()).isEqualTo(LeadStatus.ATTEMPTING);
        lead.logTouch(new Touch(TouchChannel.WHATSAPP, false, "sent the brochure", SELLER, TUESDAY_TEN.plusSeconds(120)));
        assertThat(lead.status()).isEqualTo(LeadStatus.ATTEMPTING);
        lead.logTouch(new Touch(TouchChannel.CALL, true, null, SELLER, TUESDAY_TEN.plusSeconds(600)));

        assertThat(lead.status()).isEqualTo(LeadStatus.CONNECTED);
        assertThat(lead.firstTouchAt()).isEqualTo(TUESDAY_TEN.plusSeconds(60));
        assertThat(lead.connectedAt()).isEqualTo(TUESDAY_TEN.plusSeconds(600));
        assertThat(lead.isBreached(TUESDAY_TEN.plusSeconds(3600))).isFalse();
    }

    @Test
    void a_first_touch_that_reaches_the_person_goes_straight_to_connected() {
        Lead lead = hotLead();

        lead.logTouch(new Touch(TouchChannel.VISIT, true, null, SELLER, TUESDAY_TEN.plusSeconds(60)));

        assertThat(lead.status()).isEqualTo(LeadStatus.CONNECTED);
        assertThat(lead.unsavedEvents()).filteredOn(e -> e.kind() == LeadEvent.Kind.STATUS_CHANGED)
                .extracting(LeadEvent::details).containsExactly(List.of("NEW", "CONNECTED"));
    }

    @Test
    void a_lead_first_touched_after_its_deadline_was_breached_and_stays_so() {
        Lead lead = hotLead();
        assertThat(lead.urgency(TUESDAY_TEN.plusSeconds(60))).isEqualTo(Lead.Urgency.ON_TRACK);
        assertThat(lead.urgency(TUESDAY_TEN.plusSeconds(200))).isEqualTo(Lead.Urgency.HALF_GONE);
        assertThat(lead.urgency(TUESDAY_TEN.plusSeconds(301))).isEqualTo(Lead.Urgency.BREACHED);

        lead.logTouch(new Touch(TouchChannel.EMAIL, false, null, SELLER, TUESDAY_TEN.plusSeconds(400)));

        assertThat(lead.isBreached(TUESDAY_TEN.plusSeconds(500))).isTrue();
        assertThat(lead.urgency(TUESDAY_TEN.plusSeconds(500))).isEqualTo(Lead.Urgency.ANSWERED);
    }

    @Test
    void only_a_connected_lead_qualifies_and_then_nothing_more_moves_it() {
        Lead lead = hotLead();
        assertThat(lead.canQualify()).isFalse();
        assertThatThrownBy(() -> lead.qualify(500, SELLER, TUESDAY_TEN)).isInstanceOf(IllegalStateException.class);

        lead.logTouch(new Touch(TouchChannel.CALL, true, null, SELLER, TUESDAY_TEN.plusSeconds(60)));
        lead.qualify(500, SELLER, TUESDAY_TEN.plusSeconds(900));

        assertThat(lead.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(lead.qualifiedItemId()).isEqualTo(500);
        assertThatThrownBy(() -> lead.logTouch(new Touch(TouchChannel.CALL, true, null, SELLER, TUESDAY_TEN)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_meeting_is_booked_while_the_lead_is_open_and_settled_after_it_qualified_but_not_once_it_was_disqualified() {
        Lead qualified = hotLead();
        Meeting booked = meeting(MeetingStatus.BOOKED);
        qualified.logTouch(new Touch(TouchChannel.CALL, true, null, SELLER, TUESDAY_TEN.plusSeconds(60)));
        qualified.recordMeeting(booked, SELLER, TUESDAY_TEN.plusSeconds(120));
        qualified.qualify(500, SELLER, TUESDAY_TEN.plusSeconds(900));

        assertThat(qualified.canRecord(MeetingStatus.BOOKED)).isFalse();
        assertThatThrownBy(() -> qualified.recordMeeting(booked, SELLER, TUESDAY_TEN.plusSeconds(960)))
                .isInstanceOf(IllegalStateException.class);
        qualified.recordMeeting(meeting(MeetingStatus.HELD), SELLER, TUESDAY_TEN.plusSeconds(3600));
        assertThat(qualified.unsavedEvents()).extracting(LeadEvent::kind)
                .contains(LeadEvent.Kind.MEETING_BOOKED, LeadEvent.Kind.MEETING_HELD);

        Lead disqualified = hotLead();
        disqualified.disqualify(DisqualifyReason.NO_BUDGET, null, SELLER, TUESDAY_TEN.plusSeconds(60));
        for (MeetingStatus any : MeetingStatus.values()) {
            assertThat(disqualified.canRecord(any)).as(any.name()).isFalse();
            assertThatThrownBy(() -> disqualified.recordMeeting(meeting(any), SELLER, TUESDAY_TEN.plusSeconds(120)))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static Meeting meeting(MeetingStatus status) {
        return new Meeting(7L, 1, TUESDAY_TEN.plusSeconds(86_400), "Lucía", status, SELLER, TUESDAY_TEN);
    }

    @Test
    void a_disqualified_lead_keeps_its_reason() {
        Lead lead = hotLead();

        lead.disqualify(DisqualifyReason.COMPETITOR, "signed with another supplier", SELLER, TUESDAY_TEN.plusSeconds(60));

        assertThat(lead.status()).isEqualTo(LeadStatus.DISQUALIFIED);
        assertThat(lead.disqualifyReason()).isEqualTo(DisqualifyReason.COMPETITOR);
        assertThat(lead.unsavedEvents()).filteredOn(e -> e.kind() == LeadEvent.Kind.DISQUALIFIED)
                .extracting(LeadEvent::details).containsExactly(List.of("COMPETITOR", "signed with another supplier"));
    }

    @Test
    void a_reassignment_keeps_who_had_it_and_why() {
        Lead lead = hotLead();

        lead.reassign(12, "Sofía is on holiday", 90, TUESDAY_TEN.plusSeconds(60));

        assertThat(lead.ownerId()).isEqualTo(12);
        assertThat(lead.unsavedEvents()).filteredOn(e -> e.kind() == LeadEvent.Kind.REASSIGNED)
                .extracting(LeadEvent::who, LeadEvent::details)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(90L, List.of("11", "12", "Sofía is on holiday")));
        assertThatThrownBy(() -> lead.reassign(12, null, 90, TUESDAY_TEN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_lead_matching_an_earlier_one_says_so_on_its_history() {
        LeadMatch match = new LeadMatch(LeadMatch.Kind.LEAD, 44, 11, true);
        Lead lead = Lead.arrive(contact(), source(), match, new Decision(11, Step.MATCHING_OWNER, List.of()), HOURS,
                TUESDAY_TEN, null);

        assertThat(lead.unsavedEvents()).filteredOn(e -> e.kind() == LeadEvent.Kind.MATCHED)
                .extracting(LeadEvent::details).containsExactly(List.of("LEAD", "44"));
    }

    static Lead hotLead() {
        return Lead.arrive(contact(), source(), null,
                new Decision(SELLER, Step.SOURCE_SELLER, List.of(Assignment.PassedOver.NO_MATCH)), HOURS, TUESDAY_TEN, null);
    }

    private static LeadSource source() {
        return new LeadSource(1, "Demo request", ResponseTier.HOT, Duration.ofMinutes(5), SELLER, List.of(), null);
    }

    private static Lead.Contact contact() {
        return new Lead.Contact("Lucía Pérez", "lucia@example.com", "55 1234 5678", "+525512345678", "Buyer", "Acme",
                "Please call me", true);
    }
}
