package com.followup.web.lead;

import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many leads the public web-form address takes per minute from one client address and into one form, so a bot
 * cannot flood a seller's inbox nor the database. Counted on each instance (token buckets); the most recently seen
 * addresses are remembered, the oldest forgotten past {@link #REMEMBERED}.
 */
@Component
class IntakeLimits {

    static final int REMEMBERED = 10_000;

    private final int perAddress;
    private final int perForm;
    private final Map<String, Bucket> byAddress = lru();
    private final Map<Long, Bucket> byForm = lru();

    IntakeLimits(@Value("${followup.intake.per-address-per-minute:10}") int perAddress,
                 @Value("${followup.intake.per-form-per-minute:60}") int perForm) {
        this.perAddress = perAddress;
        this.perForm = perForm;
    }

    /** False when this address has sent more than its share this minute. */
    boolean fromAddress(String address) {
        return byAddress.computeIfAbsent(String.valueOf(address), any -> perMinute(perAddress)).tryConsume(1);
    }

    /** False when the form has taken more than its share this minute, from anyone. */
    boolean intoForm(long formId) {
        return byForm.computeIfAbsent(formId, any -> perMinute(perForm)).tryConsume(1);
    }

    private static Bucket perMinute(int count) {
        return Bucket.builder().addLimit(limit -> limit.capacity(count).refillIntervally(count, Duration.ofMinutes(1))).build();
    }

    private static <K> Map<K, Bucket> lru() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Bucket> eldest) {
                return size() > REMEMBERED;
            }
        });
    }
}
