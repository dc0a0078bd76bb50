package com.followup.domain.account;

import com.followup.domain.area.Area;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. Nobody is deleted: people leave by being deactivated,
 * so that the history of what they did keeps its names.
 */
public final class UserAccount {

    private final Long id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Set<Area> areas;
    private boolean active;
    private final long version;

    private UserAccount(Long id, String username, String displayName, String passwordHash,
                        Role role, Set<Area> areas, boolean active, long version) {
        this.id = id;
        this.username = requireText(username, "username").toLowerCase(java.util.Locale.ROOT);
        this.displayName = requireText(displayName, "displayName");
        this.passwordHash = requireText(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.areas = areas.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(areas);
        this.active = active;
        this.version = version;
    }

    public static UserAccount create(String username, String displayName, String passwordHash,
                                     Role role, Set<Area> areas) {
        return new UserAccount(null, username, displayName, passwordHash, role, areas, true, 0);
    }

    public static UserAccount restore(Long id, String username, String displayName, String passwordHash,
                                      Role role, Set<Area> areas, boolean active, long version) {
        return new UserAccount(id, username, displayName, passwordHash, role, areas, active, version);
    }

    /** Changes name, role and areas; answers whether what the person may see and do changed (role or areas). */
    public boolean changeProfile(String displayName, Role role, Set<Area> areas) {
        Set<Area> newAreas = areas.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(areas);
        boolean accessChanged = this.role != Objects.requireNonNull(role, "role") || !this.areas.equals(newAreas);
        this.displayName = requireText(displayName, "displayName");
        this.role = role;
        this.areas = newAreas;
        return accessChanged;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = requireText(passwordHash, "passwordHash");
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Directors see every area; everyone else sees the areas they belong to. */
    public boolean worksIn(Area area) {
        return role == Role.DIRECTOR || areas.contains(area);
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public Role role() { return role; }
    public Set<Area> areas() { return Set.copyOf(areas); }
    public boolean active() { return active; }
    public long version() { return version; }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
