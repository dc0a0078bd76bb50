package com.followup.web.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadActor;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.Meeting;
import com.followup.domain.lead.MeetingStatus;
import com.followup.domain.lead.Touch;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a seller or a manager does to a lead; each change carries the version the person saw. */
@Service
class LeadWork {

    static final int MAX_WHY = 200;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Leads leads;
    private final Items items;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final Clock clock;

    LeadWork(Leads leads, Items items, FollowUpRules rules, UserAccounts accounts, Clock clock) {
        this.leads = leads;
        this.items = items;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    static LeadActor actor(SignedInUser me) {
        return new LeadActor(me.id(), me.role(), me.areas());
    }

    Lead visible(long id, SignedInUser me) {
        return leads.findById(id).filter(actor(me)::canSee).orElseThrow(() -> new LeadNotFoundException(id));
    }

    Lead workable(long id, SignedInUser me) {
        Lead lead = visible(id, me);
        if (!actor(me).canWork(lead)) {
            throw new AccessDeniedException("lead " + id + " is not worked by " + me.username());
        }
        return lead;
    }

    /** Violations of the touch as typed; none when it was logged, or had been by the same request. */
    @Transactional
    public List<Violation> logTouch(long id, TouchFormData form, SignedInUser me) {
        List<Violation> violations = Touch.validate(form.getChannel(), form.getNote());
        Lead lead = current(workable(id, me), form.getVersion());
        if (!violations.isEmpty()) {
            return violations;
        }
        requireOpen(lead);
        Touch touch = new Touch(form.getChannel(), form.isReached(), form.getNote(), me.id(), clock.instant());
        if (leads.recordTouch(id, touch, form.getRequestId() == null ? UUID.randomUUID() : form.getRequestId())) {
            lead.logTouch(touch);
            leads.save(lead);
        }
        return List.of();
    }

    @Transactional
    public List<Violation> bookMeeting(long id, MeetingFormData form, SignedInUser me) {
        Lead lead = workable(id, me);
        Instant now = clock.instant();
        Instant when = form.getWhen() == null ? null : form.getWhen().atZone(clock.getZone()).toInstant();
        List<Violation> violations = Meeting.validate(when, form.getWithWhom(), now);
        if (!violations.isEmpty()) {
            return violations;
        }
        if (!lead.canRecord(MeetingStatus.BOOKED)) {
            throw new IllegalStateException("lead " + id + " is " + lead.status());
        }
        Meeting booked = new Meeting(null, id, when, form.getWithWhom(), MeetingStatus.BOOKED, me.id(), now);
        // a form sent twice books once, and its history says so once
        leads.bookMeeting(booked, form.getRequestId() == null ? UUID.randomUUID() : form.getRequestId()).ifPresent(stored -> {
            lead.recordMeeting(stored, me.id(), now);
            leads.save(lead);
        });
        return List.of();
    }

    @Transactional
    public void settleMeeting(long id, long meetingId, MeetingStatus outcome, SignedInUser me) {
        Lead lead = workable(id, me);
        Meeting meeting = leads.meetings(id).stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new LeadNotFoundException(id));
        Meeting settled = meeting.settle(outcome);
        if (!lead.canRecord(outcome)) {
            throw new IllegalStateException("lead " + id + " is " + lead.status());
        }
        if (leads.settleMeeting(settled)) {
            lead.recordMeeting(settled, me.id(), clock.instant());
            leads.save(lead);
        }
    }

    /** The Sales prospect's id, after the lead becomes it under the rule the seller picked; null with violations. */
    @Transactional
    public Long qualify(long id, DecisionFormData form, SignedInUser me, List<Violation> violations) {
        Lead lead = current(workable(id, me), form.getVersion());
        FollowUpRule rule = form.getRuleId() == null ? null : rules.findById(form.getRuleId())
                .filter(r -> r.area() == Area.SALES && me.actor().canOpenUnder(r)).orElse(null);
        if (rule == null) {
            violations.add(new Violation("ruleId", "lead.qualify.ruleRequired"));
        }
        if (!lead.canQualify()) {
            violations.add(new Violation("ruleId", "lead.qualify.notConnected"));
        }
        if (!violations.isEmpty()) {
            return null;
        }
        Lead.Contact contact = lead.contact();
        String counterpart = contact.company() != null ? contact.company() : contact.name();
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        String start = "Lead " + MINUTES.format(lead.arrivedAt().atZone(clock.getZone())) + ", 1st contact "
                + MINUTES.format(lead.firstTouchAt().atZone(clock.getZone()));
        long owner = rule.owner() instanceof com.followup.domain.rule.RuleOwner.NamedPerson named ? named.userId()
                : lead.ownerId();
        Item item = Item.open(rule, counterpart, new Counterpart(counterpart, contact.name(), contact.email(),
                        contact.phone()), owner, null, new ItemDetails.SalesDetails(start, 3, 50, null), now, me.id());
        // the same lead qualified twice opens one prospect
        UUID requestId = UUID.nameUUIDFromBytes(("lead-qualified-" + id).getBytes(StandardCharsets.UTF_8));
        long itemId = items.open(item, requestId).id();
        lead.qualify(itemId, me.id(), now.toInstant());
        leads.save(lead);
        return itemId;
    }

    @Transactional
    public List<Violation> disqualify(long id, DecisionFormData form, SignedInUser me) {
        Lead lead = current(workable(id, me), form.getVersion());
        List<Violation> violations = new ArrayList<>();
        Text.lines(form.getNote(), "note", Touch.MAX_NOTE, false, violations);
        if (form.getReason() == null) {
            violations.add(new Violation("reason", "field.choose"));
        } else if (form.getReason() == com.followup.domain.lead.DisqualifyReason.OTHER
                && (form.getNote() == null || form.getNote().isBlank())) {
            violations.add(new Violation("note", "lead.disqualify.noteForOther"));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        requireOpen(lead);
        lead.disqualify(form.getReason(), form.getNote(), me.id(), clock.instant());
        leads.save(lead);
        return List.of();
    }

    /** A manager gives the lead to an active Sales seller or manager. */
    @Transactional
    public void reassign(long id, long version, long ownerId, String why, SignedInUser me) {
        Lead lead = current(visible(id, me), version);
        if (!actor(me).canReassign()) {
            throw new AccessDeniedException("only managers reassign leads");
        }
        boolean canOwn = accounts.findById(ownerId).filter(a -> a.active() && LeadActor.canOwn(a.role(), a.areas()))
                .isPresent();
        if (!canOwn || ownerId == lead.ownerId()) {
            throw new IllegalArgumentException("owner " + ownerId + " cannot take lead " + id);
        }
        List<Violation> whyChecked = new ArrayList<>();
        Text.optional(why, "why", MAX_WHY, whyChecked);
        if (!whyChecked.isEmpty()) {
            throw new IllegalArgumentException("the reason for moving lead " + id + " is not one to keep: " + whyChecked);
        }
        requireOpen(lead);
        lead.reassign(ownerId, why, me.id(), clock.instant());
        leads.save(lead);
    }

    private static Lead current(Lead lead, Long version) {
        if (version == null || version != lead.version()) {
            throw new ConcurrentChangeException("lead " + lead.id());
        }
        return lead;
    }

    private static void requireOpen(Lead lead) {
        if (!lead.status().isOpen()) {
            throw new IllegalStateException("lead " + lead.id() + " is " + lead.status());
        }
    }
}
