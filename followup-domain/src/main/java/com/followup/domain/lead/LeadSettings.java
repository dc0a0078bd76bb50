package com.followup.domain.lead;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Where the response deadlines by tier and by source, and the company's working hours, are kept. */
public interface LeadSettings {

    /** The longest deadline that can be set, in minutes: about ten weeks of working days. */
    int MAX_MINUTES = 100_000;

    Map<ResponseTier, Duration> tierDeadlines();

    /**
     * Saves the tiers' deadlines; throws ConcurrentChangeException, saving none, when one of them is no longer the one
     * in {@code shown} (what the person was looking at when they typed).
     */
    void saveTierDeadlines(Map<ResponseTier, Duration> shown, Map<ResponseTier, Duration> allowed);

    /** The sources with a deadline of their own, by source id. */
    Map<Long, Duration> sourceDeadlines();

    /**
     * A deadline of the source's own, or its tier's again when {@code allowed} is empty; false: no such source, or its
     * own deadline is no longer the one in {@code shown}.
     */
    boolean saveSourceDeadline(long sourceId, Optional<Duration> shown, Optional<Duration> allowed);

    CompanyHours hours();

    /** Throws ConcurrentChangeException when the hours changed since {@code hours.version()} was read. */
    void save(CompanyHours hours);
}
