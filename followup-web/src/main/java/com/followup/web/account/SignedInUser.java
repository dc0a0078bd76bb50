package com.followup.web.account;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The person behind a session, as Spring Security sees them. */
public record SignedInUser(long id, String username, String displayName, Role role, Set<Area> areas,
                           String password, boolean enabled) implements UserDetails {

    static SignedInUser of(UserAccount account) {
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.role(),
                account.areas(), account.passwordHash(), account.active());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** This person as the item rules see them. */
    public Actor actor() {
        return new Actor(id, role, areas);
    }

    public boolean isDirector() {
        return role == Role.DIRECTOR;
    }

    /** The area a page shows when none is asked for: the first of this person's areas, Sales for someone without any. */
    public Area defaultArea() {
        return areas.stream().sorted().findFirst().orElse(Area.SALES);
    }
}
