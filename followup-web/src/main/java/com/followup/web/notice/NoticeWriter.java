package com.followup.web.notice;

import com.followup.domain.followup.DueFollowUps.DueRow;
import com.followup.domain.lead.LeadAlerts;
import com.followup.domain.rule.ItemPurpose;
import com.followup.web.format.DateFormats;
import com.followup.web.format.ItemWordsDialect;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Words the messages in the recipient's language, with links straight to the items. */
@Component
class NoticeWriter {

    private final MessageSource messages;
    private final DateFormats dates;
    private final ItemWordsDialect itemWords;
    private final String baseUrl;

    NoticeWriter(MessageSource messages, DateFormats dates, ItemWordsDialect itemWords,
                 @Value("${followup.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.dates = dates;
        this.itemWords = itemWords;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String link(long itemId) {
        return baseUrl + "/items/" + itemId;
    }

    /** A page of the app at FOLLOWUP_BASE_URL. */
    String link(String path) {
        return baseUrl + path;
    }

    /** The calendar feed's address at FOLLOWUP_BASE_URL, never at whatever Host the request named. */
    String calendarLink(String token) {
        return baseUrl + "/calendar/" + token + ".ics";
    }

    String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** An item's name in the recipient's language (a portfolio item's by its purpose). */
    String title(String title, ItemPurpose purpose, String language) {
        return itemWords.in(Locale.forLanguageTag(language)).title(title, purpose);
    }

    /** A moment as the recipient reads dates everywhere in the app. */
    String moment(Instant at, String language) {
        return dates.in(Locale.forLanguageTag(language)).moment(at);
    }

    /** A day as the recipient reads dates everywhere in the app. */
    String day(LocalDate day, String language) {
        return dates.in(Locale.forLanguageTag(language)).day(day);
    }

    String digestBody(List<DueRow> rows, long overdue, String language) {
        return digestBody(rows, overdue, List.of(), language);
    }

    /** The follow-ups due, then the leads that missed their deadline in the last day (when there are any). */
    String digestBody(List<DueRow> rows, long overdue, List<LeadAlerts.Breach> breaches, String language) {
        StringBuilder body = new StringBuilder(text("notice.digest.intro", language, overdue, rows.size() - overdue))
                .append("\n\n");
        for (DueRow row : rows) {
            body.append("- ").append(title(row.title(), row.purpose(), language)).append(" (").append(row.counterpartName()).append(") · ")
                    .append(text("notice.digest.due", language, moment(row.dueAt(), language))).append('\n')
                    .append("  ").append(link(row.itemId())).append('\n');
        }
        if (!breaches.isEmpty()) {
            body.append('\n').append(text("notice.digest.breaches", language, breaches.size())).append("\n\n");
            for (LeadAlerts.Breach breach : breaches) {
                body.append("- ").append(breach.name()).append(" · ").append(breach.ownerName()).append(" · ")
                        .append(text(breach.firstTouchAt() == null ? "notice.digest.breach.unanswered"
                                : "notice.digest.breach.late", language, moment(breach.respondBy(), language))).append('\n')
                        .append("  ").append(baseUrl).append("/leads/").append(breach.leadId()).append('\n');
            }
        }
        return body.append('\n').append(text("notice.footer", language, baseUrl + "/account/notifications")).toString();
    }

    String itemBody(String key, String language, String title, String detail, long itemId) {
        return text(key, language, title, detail) + "\n\n" + link(itemId) + "\n\n"
                + text("notice.footer", language, baseUrl + "/account/notifications");
    }
}
