package com.followup.domain.notice;

import java.time.Instant;
import java.util.Objects;

/** A message decided once (its dedup key) and sent once: by SMTP, or kept in the outbox when no server is set. */
public record OutboxMessage(Long id, Kind kind, long recipientId, String toAddress, String subject, String body,
                            String dedupKey, Instant createdAt, Instant sentAt, Via sentVia, String lastError) {

    public enum Kind { DIGEST, ESCALATION, FAST_RULE_OPENED, FAST_RULE_WARNING, LEAD_ARRIVED, LEAD_HALFWAY, LEAD_BREACHED, LEAD_HANDED_OVER,
        PORTFOLIO_WEEKLY }

    public enum Via { SMTP, OUTBOX }

    public OutboxMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(createdAt, "createdAt");
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("a message needs a subject and a body");
        }
    }

    public static OutboxMessage decide(Kind kind, long recipientId, String toAddress, String subject, String body,
                                       String dedupKey, Instant now) {
        return new OutboxMessage(null, kind, recipientId, toAddress, subject, body, dedupKey, now, null, null, null);
    }
}
