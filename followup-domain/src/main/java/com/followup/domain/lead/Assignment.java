package com.followup.domain.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Who gets a new lead, in this order, stopping at the first that applies: the owner of the matching lead or
 * prospect; the seller the source names; the next of the source's team in turn who is working today and under
 * their daily cap; the area's manager. Every step passed over is said, so the lead's history shows why.
 */
public final class Assignment {

    public enum Step {
        MATCHING_OWNER,
        SOURCE_SELLER,
        ROUND_ROBIN,
        AREA_MANAGER
    }

    /** Why a step gave no owner. */
    public enum PassedOver {
        NO_MATCH,
        MATCH_OWNER_DEACTIVATED,
        NO_SELLER_OR_TEAM,
        SELLER_UNAVAILABLE,
        TEAM_UNAVAILABLE
    }

    /** A seller as assignment sees them today; no cap means no limit. */
    public record Seller(long id, boolean active, boolean away, int leadsToday, Integer dailyCap) {

        public boolean isWorkingToday() {
            return active && !away && (dailyCap == null || leadsToday < dailyCap);
        }
    }

    /** The owner, the step that chose them, and each step passed over before it. */
    public record Decision(long ownerId, Step step, List<PassedOver> passedOver) {

        public Decision {
            passedOver = List.copyOf(passedOver);
        }

        /** The details of the history line that records this decision. */
        public List<String> details() {
            List<String> details = new ArrayList<>(List.of(step.name(), String.valueOf(ownerId)));
            passedOver.forEach(reason -> details.add(reason.name()));
            return details;
        }
    }

    private Assignment() {
    }

    /** {@code sellers} holds at least the source's seller and team, by id. */
    public static Decision decide(Optional<LeadMatch> match, LeadSource source, Map<Long, Seller> sellers,
                                  long areaManagerId) {
        return decide(match, source, sellers, () -> areaManagerId);
    }

    /** The same, asking who the area's manager is only when no one else can take the lead. */
    public static Decision decide(Optional<LeadMatch> match, LeadSource source, Map<Long, Seller> sellers,
                                  LongSupplier areaManager) {
        List<PassedOver> passed = new ArrayList<>();
        if (match.isPresent() && match.get().ownerActive()) {
            return new Decision(match.get().ownerId(), Step.MATCHING_OWNER, passed);
        }
        passed.add(match.isPresent() ? PassedOver.MATCH_OWNER_DEACTIVATED : PassedOver.NO_MATCH);
        if (source.sellerId() != null) {
            Seller seller = sellers.get(source.sellerId());
            if (seller != null && seller.isWorkingToday()) {
                return new Decision(seller.id(), Step.SOURCE_SELLER, passed);
            }
            passed.add(PassedOver.SELLER_UNAVAILABLE);
        } else if (!source.team().isEmpty()) {
            Optional<Long> next = nextInTurn(source.team(), source.lastAssignedId(), sellers);
            if (next.isPresent()) {
                return new Decision(next.get(), Step.ROUND_ROBIN, passed);
            }
            passed.add(PassedOver.TEAM_UNAVAILABLE);
        } else {
            passed.add(PassedOver.NO_SELLER_OR_TEAM);
        }
        return new Decision(areaManager.getAsLong(), Step.AREA_MANAGER, passed);
    }

    /**
     * Who takes over a lead its owner left unanswered: the next of the source's team in turn after the owner who is
     * working today, else the source's seller, else the area's manager; nobody (empty) when that is the owner again.
     */
    public static Optional<Long> handOver(LeadSource source, long ownerId, Map<Long, Seller> sellers, Optional<Long> areaManager) {
        Map<Long, Seller> others = new java.util.HashMap<>(sellers);
        others.remove(ownerId);
        Long after = source.team().contains(ownerId) ? Long.valueOf(ownerId) : source.lastAssignedId();
        Optional<Long> next = nextInTurn(source.team(), after, others);
        if (next.isEmpty() && source.sellerId() != null && source.sellerId() != ownerId) {
            Seller seller = sellers.get(source.sellerId());
            next = seller != null && seller.isWorkingToday() ? Optional.of(seller.id()) : Optional.empty();
        }
        return next.or(() -> areaManager.filter(manager -> manager != ownerId));
    }

    /** The first member after the one who got the previous lead, going round the team, who is working today. */
    static Optional<Long> nextInTurn(List<Long> team, Long lastAssignedId, Map<Long, Seller> sellers) {
        int start = lastAssignedId == null ? 0 : team.indexOf(lastAssignedId) + 1;
        for (int i = 0; i < team.size(); i++) {
            long candidate = team.get((start + i) % team.size());
            Seller seller = sellers.get(candidate);
            if (seller != null && seller.isWorkingToday()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
