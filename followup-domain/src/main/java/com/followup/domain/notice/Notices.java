package com.followup.domain.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where messages, notifications, preferences and calendar tokens are kept. */
public interface Notices {

    /** False when a message with the same dedup key was already decided. */
    boolean enqueue(OutboxMessage message);

    /** Unsent messages, oldest first, locked for the caller's transaction and skipped by everyone else's. */
    List<OutboxMessage> claimUnsent(int limit);

    /** Messages decided and not sent yet, those the mail server refused included: the sending job's work left. */
    long unsentCount();

    void markSent(long messageId, Instant at, OutboxMessage.Via via);

    void markFailed(long messageId, String error);

    List<OutboxMessage> latestMessages(int limit);

    /** False when it was already there. */
    boolean notify(Notification notification);

    long unread(long userId);

    List<Notification> latestNotifications(long userId, int limit);

    void markAllRead(long userId, Instant at);

    Optional<NoticeSettings> settings(long userId);

    /** Throws ConcurrentChangeException when the settings changed since they were read (version 0: never saved). */
    void save(NoticeSettings settings);

    List<NoticeSettings> digestSubscribers();

    void renewCalendar(long userId, String tokenHash, Instant at);

    Optional<Long> calendarOwner(String tokenHash);

    Optional<Instant> calendarRenewedAt(long userId);
}
