package com.followup.web.notice;

import com.followup.domain.followup.DueFollowUps;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A person's due follow-ups as an iCalendar (RFC 5545) feed, one 15-minute event per open item at its next due
 * moment; the item's stable UID lets calendars move the event when the follow-up is rescheduled.
 */
@Component
class CalendarFeed {

    private static final Instant EVERYTHING = Instant.parse("9999-01-01T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DueFollowUps due;
    private final NoticeWriter writer;

    CalendarFeed(DueFollowUps due, NoticeWriter writer) {
        this.due = due;
        this.writer = writer;
    }

    String of(long userId, String language) {
        Calendar calendar = new Calendar()
                .withProdId("-//Followup//Due follow-ups//EN")
                .withDefaults()
                .getFluentTarget();
        for (DueFollowUps.DueRow row : due.dueBefore(userId, EVERYTHING)) {
            VEvent event = new VEvent(row.dueAt(), Duration.ofMinutes(15), writer.title(row.title(), row.purpose(), language) + " · " + row.counterpartName());
            event.add(new Uid("item-" + row.itemId() + "@followup"));
            event.add(new Url(URI.create(writer.link(row.itemId()))));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /** A new secret for a feed address: 32 random bytes, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only this is stored, so a copy of the database cannot read anyone's feed. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
