package com.followup.domain.lead;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;

import java.util.Set;

/**
 * Someone acting on leads, and what they may do: sellers (Sales staff) see and work their own; Sales managers and
 * directors see, work and reassign every lead; marketing sees every lead and types new ones in, and works none.
 */
public record LeadActor(long id, Role role, Set<Area> areas) {

    public LeadActor {
        areas = Set.copyOf(areas);
    }

    public boolean managesLeads() {
        return role == Role.DIRECTOR || role == Role.MANAGER && areas.contains(Area.SALES);
    }

    /** Sees every lead, not only their own. */
    public boolean seesAllLeads() {
        return managesLeads() || role == Role.MARKETING;
    }

    /** Has a leads inbox at all: Sales, marketing and directors. */
    public boolean usesLeads() {
        return seesAllLeads() || areas.contains(Area.SALES);
    }

    public boolean canSee(Lead lead) {
        return seesAllLeads() || lead.ownerId() == id && areas.contains(Area.SALES);
    }

    /** Logs touches and meetings, qualifies and disqualifies. */
    public boolean canWork(Lead lead) {
        return managesLeads() || role != Role.MARKETING && lead.ownerId() == id && areas.contains(Area.SALES);
    }

    public boolean canReassign() {
        return managesLeads();
    }

    /** Who may own a lead: an active Sales seller or manager. */
    public static boolean canOwn(Role role, Set<Area> areas) {
        return (role == Role.STAFF || role == Role.MANAGER) && areas.contains(Area.SALES);
    }
}
