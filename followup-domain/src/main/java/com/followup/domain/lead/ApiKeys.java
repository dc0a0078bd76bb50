package com.followup.domain.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API keys are kept, by their hash only. */
public interface ApiKeys {

    ApiKey create(String name, String hash, long createdBy, Instant at);

    /** Every key, the newest first, revoked ones included. */
    List<ApiKey> all();

    /** False when the key was already revoked or does not exist. */
    boolean revoke(long id, Instant at);

    /** The active key with this hash, marked as used now. */
    Optional<ApiKey> use(String hash, Instant at);
}
