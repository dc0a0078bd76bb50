package com.followup.web.lead;

import com.followup.domain.lead.LeadEvent;
import com.followup.web.format.DateFormats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A lead's history in the reader's language: each event's details are data, worded only here. */
@Component
class LeadHistory {

    private final MessageSource messages;
    private final DateFormats dates;

    LeadHistory(MessageSource messages, DateFormats dates) {
        this.messages = messages;
        this.dates = dates;
    }

    /** One line: what happened, by whom (null for Followup itself), when. */
    record Line(String text, String who, Instant when) {
    }

    List<Line> lines(List<LeadEvent> events, Map<Long, String> names, Locale locale) {
        return events.stream().map(event -> new Line(text(event, names, locale),
                event.who() == null ? null : names.getOrDefault(event.who(), "?"), event.when())).toList();
    }

    private String text(LeadEvent event, Map<Long, String> names, Locale locale) {
        List<String> d = event.details();
        return switch (event.kind()) {
            case ARRIVED -> say(locale, "lead.event.arrived", d.get(0))
                    + (d.size() > 1 ? " · " + say(locale, "lead.intake." + d.get(1)) : "");
            case MATCHED -> say(locale, "lead.event.matched." + d.get(0), d.get(1));
            case ASSIGNED -> say(locale, "lead.event.assigned", name(names, d.get(1)), say(locale, "lead.step." + d.get(0)))
                    + String.join("", d.subList(2, d.size()).stream().map(p -> " · " + say(locale, "lead.passed." + p)).toList());
            case TOUCHED -> say(locale, Boolean.parseBoolean(d.get(1)) ? "lead.event.touched.reached" : "lead.event.touched",
                    say(locale, "lead.channel." + d.get(0))) + (d.size() > 2 ? ": " + d.get(2) : "");
            case STATUS_CHANGED -> say(locale, "lead.event.status", say(locale, "lead.status." + d.get(0)),
                    say(locale, "lead.status." + d.get(1)));
            case MEETING_BOOKED, MEETING_HELD, MEETING_CANCELLED -> say(locale, "lead.event." + event.kind().name(),
                    dates.in(locale).moment(Instant.parse(d.get(0))), d.get(1));
            case QUALIFIED -> say(locale, "lead.event.qualified", d.get(0));
            case DISQUALIFIED -> say(locale, "lead.event.disqualified", say(locale, "lead.reason." + d.get(0)))
                    + (d.size() > 1 ? ": " + d.get(1) : "");
            case REASSIGNED -> say(locale, "lead.event.reassigned", name(names, d.get(0)), name(names, d.get(1)))
                    + (d.size() > 2 && !d.get(2).isBlank() ? ": " + d.get(2) : "")
                    + (d.size() > 3 ? ": " + say(locale, "lead.event.reassigned.unanswered") : "");
        };
    }

    private static String name(Map<Long, String> names, String id) {
        return names.getOrDefault(Long.valueOf(id), "?");
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
