package com.followup.domain.followup;

import java.time.Instant;
import java.util.UUID;

/**
 * A follow-up as the person submitted it. {@code doneAt} null means now; {@code nextDueAt} null means
 * by the rule's frequency. {@code requestId} comes from the form so that a resubmission records nothing twice.
 */
public record CheckOff(UUID requestId, long doneBy, Instant doneAt, Channel channel, Integer durationMinutes,
                       String note, String result, Instant nextDueAt) {
}
