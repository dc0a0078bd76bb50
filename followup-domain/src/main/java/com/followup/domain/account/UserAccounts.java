package com.followup.domain.account;

import java.util.List;
import java.util.Optional;

/** Where user accounts are kept. */
public interface UserAccounts {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAllOrderedByName();

    boolean existsByUsername(String username);

    long count();

    /**
     * Stores the account. Throws {@link com.followup.domain.ConcurrentChangeException}
     * when someone else changed it since it was read.
     */
    UserAccount save(UserAccount account);
}
