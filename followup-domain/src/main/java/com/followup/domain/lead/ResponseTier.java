package com.followup.domain.lead;

import java.time.Duration;

/**
 * How fast a source's leads must be answered, in business time: hot (asked for a quote, a demo or a call),
 * warm and cold. The durations are the defaults; directors may set others per tier.
 */
public enum ResponseTier {
    HOT(Duration.ofMinutes(5)),
    WARM(Duration.ofHours(2)),
    COLD(Duration.ofHours(24));

    private final Duration defaultAllowed;

    ResponseTier(Duration defaultAllowed) {
        this.defaultAllowed = defaultAllowed;
    }

    public Duration defaultAllowed() {
        return defaultAllowed;
    }
}
