package com.followup.domain.notice;

import java.time.Instant;

/** A line in a person's notifications, worded when shown, in the reader's language. */
public record Notification(Long id, long userId, OutboxMessage.Kind kind, Long itemId, String itemTitle, String detail,
                           String dedupKey, Instant createdAt, Instant readAt) {

    public static Notification of(long userId, OutboxMessage.Kind kind, Long itemId, String itemTitle, String detail,
                                  String dedupKey, Instant now) {
        return new Notification(null, userId, kind, itemId, itemTitle, detail, dedupKey, now, null);
    }

    public boolean isUnread() {
        return readAt == null;
    }
}
