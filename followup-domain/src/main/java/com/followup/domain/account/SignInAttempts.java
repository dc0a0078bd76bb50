package com.followup.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins per key ("pair:ana|10.0.0.7", "address:10.0.0.7", "user:ana") and the addresses each person
 * signed in from, kept where every instance of the app sees them.
 */
public interface SignInAttempts {

    Optional<SignInThrottle.FailureRecord> find(String key);

    void save(String key, SignInThrottle.FailureRecord record);

    void clear(String key);

    /** When {@code username} last signed in from {@code address}, if ever. */
    Optional<Instant> lastSignIn(String username, String address);

    void rememberSignIn(String username, String address, Instant at);
}
