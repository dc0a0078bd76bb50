package com.followup.domain.lead;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where leads come from (a form, a campaign, a list), how fast they must be answered, and who gets them: a named
 * seller, or a team whose members take turns. {@code lastAssignedId} is the member who got the previous lead.
 */
public record LeadSource(long id, String name, ResponseTier tier, Duration allowed, Long sellerId, List<Long> team,
                         Long lastAssignedId) {

    public LeadSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tier, "tier");
        allowed = allowed == null ? tier.defaultAllowed() : allowed;
        team = team == null ? List.of() : List.copyOf(team);
    }
}
