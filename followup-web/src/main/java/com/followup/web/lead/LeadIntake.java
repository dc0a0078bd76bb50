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
import com.followup.web.config.JdbcTransactions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes a lead in, however it came: checks it, finds the person if they came before, gives it an owner in the
 * order of {@link Assignment} and a deadline in business time, and stores it once per request. A lead alone is
 * taken in a transaction of its own on the JDBC transaction manager (its statements are all JDBC: a JPA transaction
 * would open a Hibernate session for each lead); a file's leads are taken inside the import's transaction.
 */
@Service
public class LeadIntake {

    private final Leads leads;
    private final PhoneNumbers phones;
    private final Clock clock;
    private final TransactionTemplate alone;

    LeadIntake(Leads leads, PhoneNumbers phones, Clock clock,
               @Qualifier(JdbcTransactions.MANAGER) PlatformTransactionManager jdbcTransactions) {
        this.leads = leads;
        this.phones = phones;
        this.clock = clock;
        this.alone = new TransactionTemplate(jdbcTransactions);
    }

    /** What was decided: the lead stored, or what is wrong with it. */
    public record Result(Lead lead, List<Violation> violations) {
    }

    /** {@code by} is who typed it in, null when a form or a tool sent it; no request id, no second-send check. */
    public Result take(LeadDraft draft, UUID sentRequestId, Long by) {
        return take(draft, sentRequestId, by, by == null ? LeadChannel.API : LeadChannel.TYPED);
    }

    /** As above, with the way it came in written on the lead's history; in a transaction of its own. */
    public Result take(LeadDraft draft, UUID sentRequestId, Long by, LeadChannel channel) {
        // a JDBC transaction begun inside a JPA one would commit the JPA one's connection at its own end
        Assert.state(!TransactionSynchronizationManager.isActualTransactionActive(),
                "a lead alone is taken in its own transaction; inside another, takeWithin");
        return alone.execute(status -> takeWithin(draft, sentRequestId, by, channel));
    }

    /**
     * As above, inside the caller's transaction, whichever manager runs it (a file's import, which holds all intake
     * first): its holds last to the caller's commit.
     */
    public Result takeWithin(LeadDraft draft, UUID sentRequestId, Long by, LeadChannel channel) {
        UUID requestId = sentRequestId != null ? sentRequestId : UUID.randomUUID();
        List<Violation> violations = new ArrayList<>(draft.validate(phones));
        Leads.IntakeSetting setting = leads.intakeSetting(draft.sourceId(), clock.getZone());
        Optional<LeadSource> source = setting.source();
        if (draft.sourceId() != null && source.isEmpty()) {
            violations.add(new Violation("sourceId", "field.choose"));
        }
        if (!violations.isEmpty()) {
            // a request sent again after its lead was stored gets that lead, even if its source has closed since
            return leads.arrivedBy(requestId).map(before -> new Result(before, List.of()))
                    .orElseGet(() -> new Result(null, List.copyOf(violations)));
        }
        // a valid request sent again is not looked up first (a statement for every lead): its insert finds the
        // first's lead by the request id and returns it, as for two sent at once
        String international = draft.phone() == null || draft.phone().isBlank() ? null
                : phones.international(draft.phone()).orElse(null);
        Lead.Contact contact = Lead.Contact.of(draft, international);
        // Locks, always in this order and only what the decision needs, each held to the commit: the person (so that
        // two leads of one person at once end with one owner; a request sent twice at once is one person too, and
        // waits here for the first's lead, which its insert then returns), the source's turn for round robin, the
        // capped sellers' counts. A source that names a seller without a cap, or a known person, takes no other lock.
        leads.holdPerson(contact.keys());
        Optional<LeadMatch> match = leads.findMatch(contact.keys());
        Instant now = clock.instant();
        BusinessHours hours = setting.hours();
        LeadSource from = source.orElseThrow();
        boolean toMatchingOwner = match.isPresent() && match.get().ownerActive();
        if (!toMatchingOwner && from.sellerId() == null && !from.team().isEmpty()) {
            from = leads.lockSource(from.id()).orElse(from);
        }
        List<Long> candidates = new ArrayList<>(from.team());
        if (from.sellerId() != null) {
            candidates.add(from.sellerId());
        }
        Instant startOfDay = now.atZone(hours.zone()).toLocalDate().atStartOfDay(hours.zone()).toInstant();
        Map<Long, Assignment.Seller> sellers = toMatchingOwner ? Map.of() : leads.sellers(candidates, startOfDay);
        List<Long> capped = sellers.values().stream().filter(seller -> seller.dailyCap() != null)
                .map(Assignment.Seller::id).toList();
        if (!capped.isEmpty()) {
            leads.holdCappedSellers(capped);
            sellers = leads.sellers(candidates, startOfDay);
        }
        // with no Sales manager nor director at all, the person typing it in keeps it
        Assignment.Decision decision = Assignment.decide(match, from, sellers,
                () -> leads.areaManager().or(() -> Optional.ofNullable(by))
                        .orElseThrow(() -> new IllegalStateException("nobody manages Sales")));
        Lead lead = leads.arrive(Lead.arrive(contact, from, match.orElse(null), decision, hours, now, by, channel), requestId);
        // a request sent twice gets the first's lead back: its own decision is not remembered
        if (decision.step() == Assignment.Step.ROUND_ROBIN && lead.ownerId() == decision.ownerId()) {
            leads.rememberTurn(from.id(), decision.ownerId());
        }
        return new Result(lead, List.of());
    }
}
