package com.followup.domain.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the website forms are kept, found by their secret's hash only. */
public interface LeadForms {

    LeadForm create(String name, long sourceId, String thankYouUrl, String hash, long createdBy, Instant at);

    /** Every form, the newest first, revoked ones included. */
    List<LeadForm> all();

    /** False when the form was already revoked or does not exist. */
    boolean revoke(long id, Instant at);

    /** The active form with this hash. */
    Optional<LeadForm> active(String hash);

    /** Notes that the form brought a lead at {@code at}; a busy form writes it about once a minute. */
    void used(LeadForm form, Instant at);
}
