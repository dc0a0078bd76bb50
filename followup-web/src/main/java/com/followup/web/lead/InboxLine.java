package com.followup.web.lead;

import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.Leads;
import org.springframework.context.MessageSource;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line of the leads inbox with everything it shows worked out once, in the reader's language: its countdown's
 * class and words, its status, where it came from (and whose it is, in the inbox of all leads), its links and its
 * controls' ids. The template only reads these, each escaped there (issue 15: a row that evaluated about 20
 * Thymeleaf expressions of its own, messages and ternaries among them, was most of the inbox's CPU). Its one-click
 * touch sends the lead's version, which a second send finds changed.
 */
record InboxLine(long id, long version, String urgency, String countdown, String name, String company,
                 String status, String from, String phone, String tel, String email, String href) {

    /** The inbox's lines for one reader; the words the same for every line (the statuses, "Answered") looked up once. */
    static List<InboxLine> of(List<Leads.InboxRow> rows, boolean withOwner, Instant now, String leadsPath,
                              MessageSource messages, Locale locale) {
        Map<LeadStatus, String> statuses = new EnumMap<>(LeadStatus.class);
        for (LeadStatus status : LeadStatus.values()) {
            statuses.put(status, messages.getMessage("lead.status." + status, null, locale));
        }
        String answered = messages.getMessage("lead.countdown.answered", null, locale);
        return rows.stream().map(row -> {
            Lead lead = row.lead();
            Lead.Contact contact = lead.contact();
            Countdown countdown = Countdown.of(lead, now);
            String words = countdown.urgency() == Lead.Urgency.ANSWERED ? answered : messages.getMessage(
                    countdown.late() ? "lead.countdown.late" : "lead.countdown.left", new Object[] {countdown.time()}, locale);
            String international = contact.phoneInternational();
            return new InboxLine(lead.id(), lead.version(), countdown.urgency().name(), words, contact.name(),
                    contact.company(), statuses.get(lead.status()),
                    withOwner ? row.sourceName() + " · " + row.ownerName() : row.sourceName(), contact.phone(),
                    "tel:" + (international == null || international.isEmpty() ? contact.phone() : international),
                    contact.email(), leadsPath + lead.id());
        }).toList();
    }

    public String rowId() {
        return "lead-" + id;
    }

    /** The name's id: the call button's accessible name ends with it. */
    public String nameId() {
        return "n" + id;
    }

    public String phoneId() {
        return "p" + id;
    }

    public String mailId() {
        return "m" + id;
    }

    public String callId() {
        return "c" + id;
    }

    public String mailto() {
        return "mailto:" + email;
    }

    public String touches() {
        return href + "/touches";
    }

    /** The call button's accessible name: the shared form's "Log a call to" followed by the lead's name. */
    public String labelledBy() {
        return "log-call n" + id;
    }
}
