package com.followup.web.support;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.account.SignedInUser;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Makes the people a test needs, each with a user name of its own, and signs them in. */
@TestComponent
public class People {

    public static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    People(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public UserAccount director() {
        return create(Role.DIRECTOR, Set.of());
    }

    public UserAccount manager(Area... areas) {
        return create(Role.MANAGER, Set.of(areas));
    }

    public UserAccount staff(Area... areas) {
        return create(Role.STAFF, Set.of(areas));
    }

    public UserAccount create(Role role, Set<Area> areas) {
        String username = role.name().toLowerCase() + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return accounts.save(UserAccount.create(username, "Test " + username, encoder.encode(PASSWORD), role, areas));
    }

    /** Signs the request in as this person, the way a real session would carry them. */
    public static RequestPostProcessor as(UserAccount account) {
        return user(new SignedInUser(account.id(), account.username(), account.displayName(), account.role(),
                account.areas(), account.passwordHash(), account.active()));
    }

    /** Gives the request a sender address of its own, so sign-in throttling in one test cannot touch another. */
    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
