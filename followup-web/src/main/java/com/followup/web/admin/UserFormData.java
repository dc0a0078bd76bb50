package com.followup.web.admin;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The user form as typed; the password is asked only when creating someone. What it may hold, UserAccount says. */
public class UserFormData {

    private String username = "";

    private String displayName = "";

    private Role role = Role.STAFF;

    private Set<Area> areas = EnumSet.noneOf(Area.class);

    private String initialPassword = "";

    private long version;

    static UserFormData of(UserAccount account) {
        UserFormData form = new UserFormData();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.areas = account.areas().isEmpty() ? EnumSet.noneOf(Area.class) : EnumSet.copyOf(account.areas());
        form.version = account.version();
        return form;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.strip(); }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Set<Area> getAreas() { return areas; }
    public void setAreas(Set<Area> areas) {
        this.areas = EnumSet.noneOf(Area.class);
        if (areas != null) {
            areas.stream().filter(Objects::nonNull).forEach(this.areas::add);
        }
    }
    public String getInitialPassword() { return initialPassword; }
    public void setInitialPassword(String initialPassword) { this.initialPassword = initialPassword; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
