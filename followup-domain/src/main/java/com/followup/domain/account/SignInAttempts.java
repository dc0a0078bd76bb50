package com.followup.domain.account;

import java.util.Optional;

/** Failed sign-ins per key ("user:ana", "address:10.0.0.7"), kept where every instance of the app sees them. */
public interface SignInAttempts {

    Optional<SignInThrottle.FailureRecord> find(String key);

    void save(String key, SignInThrottle.FailureRecord record);

    void clear(String key);
}
