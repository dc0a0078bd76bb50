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

    public static final int MAX_USERNAME = 60;

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

    /** Whether a typed name could be anyone's user name at all: one line, within the column's length. */
    public static boolean couldBeUsername(String typed) {
        return typed != null && typed.strip().length() <= MAX_USERNAME && typed.chars().noneMatch(Character::isISOControl);
    }

    public static UserAccount create(String username, String displayName, String passwordHash,
                                     Role role, Set<Area> areas) {
        return new UserAccount(null, username, displayName, passwordHash, role, areas, true, 0);
    }

    public static UserAccount restore(Long id, String username, String displayName, String passwordHash,
                                      Role role, Set<Area> areas, boolean active, long version) {
        return new UserAccount(id, username, displayName, passwordHash, role, areas, active, version);
    }

    public void changeProfile(String displayName, Role role, Set<Area> areas) {
        this.displayName = requireText(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.areas = areas.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(areas);
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
