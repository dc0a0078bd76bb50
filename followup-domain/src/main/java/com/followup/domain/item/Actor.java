package com.followup.domain.item;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.RuleOwner;

import java.util.Set;

/**
 * Someone acting on items, and what they may do: everyone sees the items of their areas; staff work
 * their own items; managers work and reassign every item of their areas; directors everything.
 */
public record Actor(long id, Role role, Set<Area> areas) {

    public Actor {
        areas = Set.copyOf(areas);
    }

    public boolean canSee(Area area) {
        return role == Role.DIRECTOR || areas.contains(area);
    }

    /** May open items in the area for anyone, reassign them and override the advance-payment check there. */
    public boolean canManage(Area area) {
        return role == Role.DIRECTOR || role == Role.MANAGER && areas.contains(area);
    }

    /** May check off, move, close and otherwise work the item. */
    public boolean canWork(Item item) {
        return canManage(item.area()) || item.ownerId() == id && areas.contains(item.area());
    }

    /**
     * Staff open items under the active rules of their areas that they could own: those owned by a role,
     * or by themself by name. Managers open items under any active rule of their areas.
     */
    public boolean canOpenUnder(FollowUpRule rule) {
        if (rule.isArchived() || !canSee(rule.area())) {
            return false;
        }
        if (canManage(rule.area())) {
            return true;
        }
        return !(rule.owner() instanceof RuleOwner.NamedPerson named) || named.userId() == id;
    }

    /** Who owns a new item: the rule's named person, else whoever a manager chose, else the one opening it. */
    public long ownerFor(FollowUpRule rule, Long chosenOwner) {
        if (rule.owner() instanceof RuleOwner.NamedPerson named) {
            return named.userId();
        }
        return chosenOwner != null && canManage(rule.area()) ? chosenOwner : id;
    }
}
