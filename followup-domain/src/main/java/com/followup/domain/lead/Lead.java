package com.followup.domain.lead;

import com.followup.domain.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person marketing brought in who must be answered by a deadline. A seller moves it only by logging touches (the
 * first makes it Attempting, one that reached the person Connected), then qualifies it into a Sales prospect or
 * disqualifies it with a reason. Everything that happens to it is kept in its history.
 */
public final class Lead {

    /** The last detail of a REASSIGNED event that Followup made because nobody answered in twice the deadline. */
    public static final String UNANSWERED = "UNANSWERED";

    private final Long id;
    private final long version;
    private final Contact contact;
    private final long sourceId;
    private final Instant arrivedAt;
    private final Instant halfwayAt;
    private final Instant respondBy;
    private final LeadMatch match;
    private long ownerId;
    private LeadStatus status;
    private DisqualifyReason disqualifyReason;
    private Instant firstTouchAt;
    private Instant connectedAt;
    private Long qualifiedItemId;
    private final List<LeadEvent> unsavedEvents = new ArrayList<>();

    /** Who the lead is, as checked by {@link LeadDraft#validate}; {@code phoneInternational} is the phone in E.164. */
    public record Contact(String name, String email, String phone, String phoneInternational, String jobTitle,
                          String company, String message, boolean consent) {

        public Contact {
            name = Text.requireValid(name, "name", LeadDraft.MAX_NAME, false);
            email = tidy(email);
            phone = tidy(phone);
            jobTitle = tidy(jobTitle);
            company = tidy(company);
            message = tidy(message);
        }

        public static Contact of(LeadDraft draft, String phoneInternational) {
            return new Contact(draft.name(), draft.email(), draft.phone(), phoneInternational, draft.jobTitle(),
                    draft.company(), draft.message(), draft.consent());
        }

        public ContactKeys keys() {
            return new ContactKeys(email, phoneInternational);
        }

        private static String tidy(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    private Lead(Long id, long version, Contact contact, long sourceId, Instant arrivedAt, Instant halfwayAt,
                 Instant respondBy, LeadMatch match, long ownerId, LeadStatus status, DisqualifyReason disqualifyReason,
                 Instant firstTouchAt, Instant connectedAt, Long qualifiedItemId) {
        this.id = id;
        this.version = version;
        this.contact = Objects.requireNonNull(contact, "contact");
        this.sourceId = sourceId;
        this.arrivedAt = Objects.requireNonNull(arrivedAt, "arrivedAt");
        this.halfwayAt = Objects.requireNonNull(halfwayAt, "halfwayAt");
        this.respondBy = Objects.requireNonNull(respondBy, "respondBy");
        this.match = match;
        this.ownerId = ownerId;
        this.status = Objects.requireNonNull(status, "status");
        this.disqualifyReason = disqualifyReason;
        this.firstTouchAt = firstTouchAt;
        this.connectedAt = connectedAt;
        this.qualifiedItemId = qualifiedItemId;
    }

    /**
     * A lead that has just come in from {@code source}, owned as {@code decision} says, to be answered within the
     * source's allowed business time; {@code by} is who typed it in, null when a form or a tool sent it.
     */
    public static Lead arrive(Contact contact, LeadSource source, LeadMatch match, Assignment.Decision decision,
                              BusinessHours hours, Instant arrivedAt, Long by) {
        return arrive(contact, source, match, decision, hours, arrivedAt, by, null);
    }

    /** As above, with the way it came in written on its history; {@code channel} may be null when unknown. */
    public static Lead arrive(Contact contact, LeadSource source, LeadMatch match, Assignment.Decision decision,
                              BusinessHours hours, Instant arrivedAt, Long by, LeadChannel channel) {
        Lead lead = new Lead(null, 0, contact, source.id(), arrivedAt,
                hours.deadline(arrivedAt, source.allowed().dividedBy(2)), hours.deadline(arrivedAt, source.allowed()),
                match, decision.ownerId(), LeadStatus.NEW, null, null, null, null);
        if (channel == null) {
            lead.record(LeadEvent.Kind.ARRIVED, by, arrivedAt, source.name());
        } else {
            lead.record(LeadEvent.Kind.ARRIVED, by, arrivedAt, source.name(), channel.name());
        }
        if (match != null) {
            lead.record(LeadEvent.Kind.MATCHED, null, arrivedAt, match.kind().name(), String.valueOf(match.id()));
        }
        lead.unsavedEvents.add(new LeadEvent(LeadEvent.Kind.ASSIGNED, null, arrivedAt, decision.details()));
        return lead;
    }

    public static Lead restore(long id, long version, Contact contact, long sourceId, Instant arrivedAt,
                               Instant halfwayAt, Instant respondBy, LeadMatch match, long ownerId, LeadStatus status,
                               DisqualifyReason disqualifyReason, Instant firstTouchAt, Instant connectedAt,
                               Long qualifiedItemId) {
        return new Lead(id, version, contact, sourceId, arrivedAt, halfwayAt, respondBy, match, ownerId, status,
                disqualifyReason, firstTouchAt, connectedAt, qualifiedItemId);
    }

    /** The first touch makes a new lead Attempting; a touch that reached the person makes it Connected. */
    public void logTouch(Touch touch) {
        requireOpen();
        if (firstTouchAt == null) {
            firstTouchAt = touch.at();
        }
        List<String> details = new ArrayList<>(List.of(touch.channel().name(), String.valueOf(touch.reached())));
        if (touch.note() != null) {
            details.add(touch.note());
        }
        unsavedEvents.add(new LeadEvent(LeadEvent.Kind.TOUCHED, touch.by(), touch.at(), details));
        if (touch.reached() && status != LeadStatus.CONNECTED) {
            connectedAt = touch.at();
            moveTo(LeadStatus.CONNECTED, touch.by(), touch.at());
        } else if (status == LeadStatus.NEW) {
            moveTo(LeadStatus.ATTEMPTING, touch.by(), touch.at());
        }
    }

    /**
     * A meeting is booked while the lead is open; one booked before can still be held or cancelled once the lead is
     * qualified (the meeting is then the prospect's), never once it was disqualified.
     */
    public boolean canRecord(MeetingStatus meeting) {
        return meeting == MeetingStatus.BOOKED ? status.isOpen() : status != LeadStatus.DISQUALIFIED;
    }

    public void recordMeeting(Meeting meeting, long by, Instant at) {
        if (!canRecord(meeting.status())) {
            throw new IllegalStateException("lead " + id + " is " + status + ": no meeting " + meeting.status());
        }
        LeadEvent.Kind kind = switch (meeting.status()) {
            case BOOKED -> LeadEvent.Kind.MEETING_BOOKED;
            case HELD -> LeadEvent.Kind.MEETING_HELD;
            case CANCELLED -> LeadEvent.Kind.MEETING_CANCELLED;
        };
        record(kind, by, at, meeting.when().toString(), meeting.withWhom());
    }

    /** Only a lead whose person was reached can become a prospect. */
    public boolean canQualify() {
        return status == LeadStatus.CONNECTED;
    }

    /** It became the Sales prospect {@code itemId}; its history and first-contact times stay with it here. */
    public void qualify(long itemId, long by, Instant at) {
        if (!canQualify()) {
            throw new IllegalStateException("lead " + id + " is " + status);
        }
        qualifiedItemId = itemId;
        record(LeadEvent.Kind.QUALIFIED, by, at, String.valueOf(itemId));
        moveTo(LeadStatus.QUALIFIED, by, at);
    }

    public void disqualify(DisqualifyReason reason, String note, long by, Instant at) {
        requireOpen();
        disqualifyReason = Objects.requireNonNull(reason, "reason");
        String tidyNote = note == null || note.isBlank() ? null : Text.requireValid(note, "note", Touch.MAX_NOTE, true);
        record(LeadEvent.Kind.DISQUALIFIED, by, at, tidyNote == null ? new String[]{reason.name()} : new String[]{reason.name(), tidyNote});
        moveTo(LeadStatus.DISQUALIFIED, by, at);
    }

    /** A manager gives the lead to someone else; who had it and why it moved stay on the history. */
    public void reassign(long newOwnerId, String why, long by, Instant at) {
        requireOpen();
        if (newOwnerId == ownerId) {
            throw new IllegalArgumentException("lead " + id + " is already theirs");
        }
        record(LeadEvent.Kind.REASSIGNED, by, at, String.valueOf(ownerId), String.valueOf(newOwnerId),
                why == null ? "" : why.strip());
        ownerId = newOwnerId;
    }

    /** Followup gives a lead nobody answered in twice its deadline to {@code newOwnerId}; the history says why. */
    public void handOverUnanswered(long newOwnerId, Instant at) {
        requireOpen();
        if (newOwnerId == ownerId) {
            throw new IllegalArgumentException("lead " + id + " is already theirs");
        }
        record(LeadEvent.Kind.REASSIGNED, null, at, String.valueOf(ownerId), String.valueOf(newOwnerId), "", UNANSWERED);
        ownerId = newOwnerId;
    }

    /** Answered means touched: the deadline was met when the first touch came no later than it. */
    public boolean isBreached(Instant now) {
        Instant answered = firstTouchAt != null ? firstTouchAt : status.isOpen() ? now : null;
        return answered != null && answered.isAfter(respondBy);
    }

    /** How the countdown looks: answered, more than half the time left, less than half, or past the deadline. */
    public Urgency urgency(Instant now) {
        if (firstTouchAt != null || !status.isOpen()) {
            return Urgency.ANSWERED;
        }
        return now.isAfter(respondBy) ? Urgency.BREACHED : now.isBefore(halfwayAt) ? Urgency.ON_TRACK : Urgency.HALF_GONE;
    }

    /** Wall-clock time to the deadline, negative once past it. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, respondBy);
    }

    public enum Urgency {
        ON_TRACK,
        HALF_GONE,
        BREACHED,
        ANSWERED
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw new IllegalStateException("lead " + id + " is " + status);
        }
    }

    private void moveTo(LeadStatus next, Long by, Instant at) {
        record(LeadEvent.Kind.STATUS_CHANGED, by, at, status.name(), next.name());
        status = next;
    }

    private void record(LeadEvent.Kind kind, Long by, Instant at, String... details) {
        unsavedEvents.add(new LeadEvent(kind, by, at, List.of(details)));
    }

    public Long id() { return id; }
    public long version() { return version; }
    public Contact contact() { return contact; }
    public long sourceId() { return sourceId; }
    public Instant arrivedAt() { return arrivedAt; }
    public Instant halfwayAt() { return halfwayAt; }
    public Instant respondBy() { return respondBy; }
    public LeadMatch match() { return match; }
    public long ownerId() { return ownerId; }
    public LeadStatus status() { return status; }
    public DisqualifyReason disqualifyReason() { return disqualifyReason; }
    public Instant firstTouchAt() { return firstTouchAt; }
    public Instant connectedAt() { return connectedAt; }
    public Long qualifiedItemId() { return qualifiedItemId; }
    public List<LeadEvent> unsavedEvents() { return List.copyOf(unsavedEvents); }
}
