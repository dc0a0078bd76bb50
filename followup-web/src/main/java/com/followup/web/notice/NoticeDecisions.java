package com.followup.web.notice;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDeadline;
import com.followup.domain.item.Items;
import com.followup.domain.lead.LeadAlerts;
import com.followup.domain.notice.Escalation;
import com.followup.domain.notice.FastRuleNotice;
import com.followup.domain.notice.NoticeCandidates;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.domain.notice.Notification;
import com.followup.domain.notice.OutboxMessage;
import com.followup.domain.notice.OutboxMessage.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Decides which messages are due and writes each one, once, to the outbox and the recipient's notifications.
 * "Once" is the message's dedup key: deciding again, here or on another instance, or after a restart, adds nothing.
 */
@Service
class NoticeDecisions {

    private static final Logger log = LoggerFactory.getLogger(NoticeDecisions.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Notices notices;
    private final NoticeCandidates candidates;
    private final DueFollowUps due;
    private final Items items;
    private final UserAccounts accounts;
    private final NoticeWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LeadAlerts leadAlerts;

    NoticeDecisions(Notices notices, NoticeCandidates candidates, DueFollowUps due, Items items, UserAccounts accounts,
                    NoticeWriter writer, TransactionTemplate transactions, Clock clock, LeadAlerts leadAlerts) {
        this.leadAlerts = leadAlerts;
        this.notices = notices;
        this.candidates = candidates;
        this.due = due;
        this.items = items;
        this.accounts = accounts;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Today's digest for everyone whose time has come and who has something due today or overdue. */
    int digests() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        DueBuckets buckets = new DueBuckets(now, zone);
        int decided = 0;
        for (NoticeSettings settings : notices.digestSubscribers()) {
            if (!settings.digestDue(now, zone)) {
                continue;
            }
            List<DueFollowUps.DueRow> rows = due.dueBefore(settings.userId(), buckets.startOfTomorrow());
            List<LeadAlerts.Breach> breaches = leadAlerts.breaches(seesEveryLead(settings.userId()) ? null : settings.userId(),
                    now.minus(Duration.ofDays(1)), now);
            if (rows.isEmpty() && breaches.isEmpty()) {
                continue;
            }
            long overdue = rows.stream().filter(row -> row.dueAt().isBefore(now)).count();
            String subject = writer.text("notice.digest.subject", settings.language(), rows.size(), breaches.size());
            OutboxMessage message = OutboxMessage.decide(Kind.DIGEST, settings.userId(), settings.email(), subject,
                    writer.digestBody(rows, overdue, breaches, settings.language()), settings.digestKey(now, zone), now);
            Notification notification = Notification.of(settings.userId(), Kind.DIGEST, null, null,
                    String.valueOf(rows.size()), message.dedupKey(), now);
            decided += transactions.execute(status -> write(message, notification));
        }
        return decided;
    }

    /** Directors, Sales managers and marketing read every lead's breach in their digest; sellers their own. */
    private boolean seesEveryLead(long userId) {
        return accounts.findById(userId).map(person -> person.role() == Role.DIRECTOR || person.role() == Role.MARKETING
                || person.role() == Role.MANAGER && person.areas().contains(Area.SALES)).orElse(false);
    }

    /** Tells the area's managers about follow-ups overdue longer than their rule allows, and once more later. */
    int escalations() {
        Instant now = clock.instant();
        int decided = 0;
        for (NoticeCandidates.SlippingItem slipping : candidates.slipping(now)) {
            Optional<Escalation> step = Escalation.due(slipping.dueAt(), slipping.escalateAfter(), now);
            if (step.isEmpty()) {
                continue;
            }
            try {
                decided += transactions.execute(status -> escalate(slipping, step.get(), now));
            } catch (ConcurrentChangeException e) {
                log.debug("Item {} changed while escalating it; it is looked at again on the next run", slipping.itemId());
            }
        }
        return decided;
    }

    private int escalate(NoticeCandidates.SlippingItem slipping, Escalation step, Instant now) {
        int added = 0;
        String owner = accounts.findById(slipping.ownerId()).map(UserAccount::displayName).orElse("?");
        for (long manager : candidates.escalationRecipients(slipping.area())) {
            NoticeSettings settings = notices.settings(manager).orElse(NoticeSettings.defaults(manager));
            String key = step.key(slipping.itemId(), slipping.dueAt(), manager);
            String detail = owner + " · " + writer.moment(slipping.dueAt(), settings.language());
            String title = writer.title(slipping.title(), slipping.purpose(), settings.language());
            String subject = writer.text("notice.escalation.subject." + step, settings.language(), title, owner);
            added += write(OutboxMessage.decide(Kind.ESCALATION, manager, settings.email(), subject,
                            writer.itemBody("notice.escalation.body", settings.language(), title, detail,
                                    slipping.itemId()), key, now),
                    Notification.of(manager, Kind.ESCALATION, slipping.itemId(), title, detail, key, now));
        }
        Item item = items.findById(slipping.itemId()).orElseThrow();
        if (item.escalatedAt() == null) {
            item.markEscalated(now);
            items.save(item);
        }
        return added;
    }

    /** Owners of items under fast rules hear when the item opens and again shortly before it is late. */
    int fastRules() {
        Instant now = clock.instant();
        int decided = 0;
        for (NoticeCandidates.FastItem fast : candidates.fast(now.minus(FastRuleNotice.SLOWEST))) {
            if (!FastRuleNotice.isFast(fast.startedAt(), fast.deadline())) {
                continue;
            }
            decided += tell(fast, Kind.FAST_RULE_OPENED, FastRuleNotice.openedKey(fast.itemId()), "notice.fast.opened", now);
            if (!now.isBefore(FastRuleNotice.warnAt(fast.startedAt(), fast.deadline())) && now.isBefore(fast.deadline())) {
                decided += tell(fast, Kind.FAST_RULE_WARNING, FastRuleNotice.warningKey(fast.itemId()),
                        "notice.fast.warning", now);
            }
        }
        return decided;
    }

    private int tell(NoticeCandidates.FastItem fast, Kind kind, String key, String words, Instant now) {
        NoticeSettings settings = notices.settings(fast.ownerId()).orElse(NoticeSettings.defaults(fast.ownerId()));
        LocalTime timeOfDay = ItemDeadline.timeOfDay(fast.deadline(), clock.getZone());
        String deadline = writer.day(ItemDeadline.lastDay(fast.deadline(), clock.getZone()), settings.language())
                + (timeOfDay == null ? "" : " " + TIME.format(timeOfDay));
        long minutes = Math.max(0, Duration.between(now, fast.deadline()).toMinutes());
        String title = writer.title(fast.title(), fast.purpose(), settings.language());
        OutboxMessage message = OutboxMessage.decide(kind, fast.ownerId(), settings.email(),
                writer.text(words + ".subject", settings.language(), title, minutes),
                writer.itemBody(words + ".body", settings.language(), title, deadline, fast.itemId()), key, now);
        Notification notification = Notification.of(fast.ownerId(), kind, fast.itemId(), title, deadline, key, now);
        return transactions.execute(status -> write(message, notification));
    }

    /** Writes the message and, only when it is new by its dedup key, the recipient's notification: 1 when written. */
    private int write(OutboxMessage message, Notification notification) {
        if (!notices.enqueue(message)) {
            return 0;
        }
        notices.notify(notification);
        return 1;
    }
}
