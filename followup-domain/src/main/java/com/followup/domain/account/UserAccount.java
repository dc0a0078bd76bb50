package com.followup.domain.account;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.area.Area;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in. Nobody is deleted: people leave by being deactivated,
 * so that the history of what they did keeps its names.
 */
public final class UserAccount {

    public static final int MAX_USERNAME = 60;
    public static final int MAX_DISPLAY_NAME = 120;
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]+");

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
        this.areas = areasFor(role, areas);
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

    /** What is wrong with a new person's account as typed, by field; empty when it can be created. */
    public static List<Violation> validateNew(String username, String displayName, String password, Role role,
                                              Set<Area> areas) {
        List<Violation> violations = new ArrayList<>();
        Text.required(username, "username", MAX_USERNAME, violations);
        if (violations.isEmpty() && !USERNAME.matcher(username.strip()).matches()) {
            violations.add(new Violation("username", "user.username.characters"));
        }
        violations.addAll(validateProfile(displayName, role, areas));
        checkPassword(password, "initialPassword", violations);
        return List.copyOf(violations);
    }

    /** What is wrong with a name, role and areas as typed, by field; managers and staff work in at least one area. */
    public static List<Violation> validateProfile(String displayName, Role role, Set<Area> areas) {
        List<Violation> violations = new ArrayList<>();
        Text.required(displayName, "displayName", MAX_DISPLAY_NAME, violations);
        if (role == null) {
            violations.add(new Violation("role", "field.choose"));
        } else if (role != Role.DIRECTOR && role != Role.MARKETING && (areas == null || areas.isEmpty())) {
            violations.add(new Violation("areas", "user.areas.required"));
        }
        return List.copyOf(violations);
    }

    /** A password is as long as a pass phrase may be, and long enough not to be guessed; any character counts. */
    public static void checkPassword(String password, String field, List<Violation> violations) {
        int length = password == null ? 0 : password.length();
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            violations.add(new Violation(field, "password.length", List.of(MIN_PASSWORD, MAX_PASSWORD)));
        }
    }

    /** Changes name, role and areas; answers whether what the person may see and do changed (role or areas). */
    public boolean changeProfile(String displayName, Role role, Set<Area> areas) {
        Set<Area> newAreas = areasFor(Objects.requireNonNull(role, "role"), areas);
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

    /** Marketing works in no area, whatever a form sends, so that it can never work an area's items. */
    private static Set<Area> areasFor(Role role, Set<Area> areas) {
        return role == Role.MARKETING || areas.isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(areas);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }
}
