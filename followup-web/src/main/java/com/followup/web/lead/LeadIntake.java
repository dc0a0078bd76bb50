package com.followup.web.lead;

import com.followup.domain.Violation;
import com.followup.domain.lead.Assignment;
import com.followup.domain.lead.BusinessHours;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadChannel;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.LeadMatch;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.PhoneNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a lead in, however it came: checks it, finds the person if they came before, gives it an owner in the
 * order of {@link Assignment} and a deadline in business time, and stores it once per request.
 */
@Service
public class LeadIntake {

    private final Leads leads;
    private final PhoneNumbers phones;
    private final Clock clock;

    LeadIntake(Leads leads, PhoneNumbers phones, Clock clock) {
        this.leads = leads;
        this.phones = phones;
        this.clock = clock;
    }

    /** What was decided: the lead stored, or what is wrong with it. */
    public record Result(Lead lead, List<Violation> violations) {
    }

    /** {@code by} is who typed it in, null when a form or a tool sent it; no request id, no second-send check. */
    @Transactional
    public Result take(LeadDraft draft, UUID sentRequestId, Long by) {
        return take(draft, sentRequestId, by, by == null ? LeadChannel.API : LeadChannel.TYPED);
    }

    /** As above, with the way it came in written on the lead's history. */
    @Transactional
    public Result take(LeadDraft draft, UUID sentRequestId, Long by, LeadChannel channel) {
        UUID requestId = sentRequestId != null ? sentRequestId : UUID.randomUUID();
        Optional<Lead> before = leads.arrivedBy(requestId);
        if (before.isPresent()) {
            return new Result(before.get(), List.of());
        }
        List<Violation> violations = new ArrayList<>(draft.validate(phones));
        Optional<LeadSource> source = draft.sourceId() == null ? Optional.empty() : leads.lockSource(draft.sourceId());
        if (draft.sourceId() != null && source.isEmpty()) {
            violations.add(new Violation("sourceId", "field.choose"));
        }
        if (!violations.isEmpty()) {
            return new Result(null, List.copyOf(violations));
        }
        // the source is locked: a second request with the same id waits here and finds the first's lead
        before = leads.arrivedBy(requestId);
        if (before.isPresent()) {
            return new Result(before.get(), List.of());
        }
        String international = draft.phone() == null || draft.phone().isBlank() ? null
                : phones.international(draft.phone()).orElse(null);
        Lead.Contact contact = Lead.Contact.of(draft, international);
        Optional<LeadMatch> match = leads.findMatch(contact.keys());
        Instant now = clock.instant();
        BusinessHours hours = leads.businessHours(clock.getZone());
        LeadSource from = source.orElseThrow();
        List<Long> candidates = new ArrayList<>(from.team());
        if (from.sellerId() != null) {
            candidates.add(from.sellerId());
        }
        Instant startOfDay = now.atZone(hours.zone()).toLocalDate().atStartOfDay(hours.zone()).toInstant();
        // with no Sales manager nor director at all, the person typing it in keeps it
        Assignment.Decision decision = Assignment.decide(match, from, leads.sellers(candidates, startOfDay),
                () -> leads.areaManager().or(() -> Optional.ofNullable(by))
                        .orElseThrow(() -> new IllegalStateException("nobody manages Sales")));
        Lead lead = leads.arrive(Lead.arrive(contact, from, match.orElse(null), decision, hours, now, by, channel), requestId);
        if (decision.step() == Assignment.Step.ROUND_ROBIN) {
            leads.rememberTurn(from.id(), decision.ownerId());
        }
        return new Result(lead, List.of());
    }
}
