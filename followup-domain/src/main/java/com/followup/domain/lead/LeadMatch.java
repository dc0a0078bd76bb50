package com.followup.domain.lead;

/** An earlier lead or Sales prospect with the same email or phone, whose owner gets the new lead too. */
public record LeadMatch(Kind kind, long id, long ownerId, boolean ownerActive) {

    public enum Kind {
        LEAD,
        PROSPECT
    }
}
