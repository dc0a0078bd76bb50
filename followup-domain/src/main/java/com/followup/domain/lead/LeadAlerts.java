package com.followup.domain.lead;

import java.time.Instant;
import java.util.List;

/** Where the alerts decided about leads are kept, and the leads that may need one. */
public interface LeadAlerts {

    /**
     * New leads nobody has touched, arrived since {@code since}, that may have an alert left to decide at {@code now}
     * ({@code handOver}: automatic reassignment is on), with the alerts decided about each; a page at a time, the
     * earliest first, after the lead {@code afterId} (0 for the first page).
     */
    List<LeadAlert.Unanswered> unanswered(Instant since, Instant now, boolean handOver, long afterId, int limit);

    /** Claims the alert for this lead, in the caller's transaction: false when it was decided before, here or elsewhere. */
    boolean claim(long leadId, LeadAlert alert, Instant at);

    /** Leads whose deadline fell in [from, to) and that were answered late or not at all; one owner's or everyone's. */
    List<Breach> breaches(Long ownerId, Instant from, Instant to);

    /** A lead that missed its deadline. */
    record Breach(long leadId, String name, String ownerName, Instant respondBy, Instant firstTouchAt) {
    }
}
