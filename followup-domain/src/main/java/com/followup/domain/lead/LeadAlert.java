package com.followup.domain.lead;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a lead nobody has answered yet sets off, each once: the owner hears of it when it arrives and again at half its
 * deadline; at the deadline the Sales managers are told; at twice the deadline, when directors chose so, it moves on
 * to the next seller.
 */
public enum LeadAlert {
    ARRIVED,
    HALFWAY,
    BREACHED,
    HANDED_OVER;

    /** A lead waiting for its first touch, with the alerts already decided about it. */
    public record Unanswered(long leadId, String name, long ownerId, long sourceId, Instant arrivedAt, Instant halfwayAt,
                             Instant respondBy, Set<LeadAlert> decided) {

        public Unanswered {
            decided = Set.copyOf(decided);
        }
    }

    /**
     * The alerts due now and not yet decided, in order; the reminder only while there is still time to answer.
     * {@code handOverAt} is null when directors have not switched on automatic reassignment.
     */
    public static List<LeadAlert> due(Unanswered lead, Instant now, Instant handOverAt) {
        List<LeadAlert> due = new ArrayList<>();
        due.add(ARRIVED);
        if (!now.isBefore(lead.halfwayAt()) && now.isBefore(lead.respondBy())) {
            due.add(HALFWAY);
        }
        if (!now.isBefore(lead.respondBy())) {
            due.add(BREACHED);
        }
        if (handOverAt != null && !now.isBefore(handOverAt)) {
            due.add(HANDED_OVER);
        }
        due.removeAll(lead.decided());
        return due;
    }
}
