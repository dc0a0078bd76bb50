package com.followup.domain.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API keys are kept, by their hash only. */
public interface ApiKeys {

    /** How far behind a key's "last used" may be. */
    java.time.Duration LAST_USED_STEP = java.time.Duration.ofMinutes(1);

    ApiKey create(String name, String hash, long createdBy, Instant at);

    /** Every key, the newest first, revoked ones included. */
    List<ApiKey> all();

    /** False when the key was already revoked or does not exist. */
    boolean revoke(long id, Instant at);

    /**
     * The active key with this hash, marked as used now. The mark is written when the one kept is older than
     * {@link #LAST_USED_STEP} (or there is none), so that a tool sending hundreds of leads a second does not
     * rewrite the key's row for each: its "last used" is then at most a minute behind.
     */
    Optional<ApiKey> use(String hash, Instant at);
}
