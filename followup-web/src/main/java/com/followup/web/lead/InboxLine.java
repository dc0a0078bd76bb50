package com.followup.web.lead;

import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadStatus;
import com.followup.domain.lead.Leads;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A line of the leads inbox with everything it shows worked out once, in the reader's language: its countdown's
 * class and words, its status, where it came from (and whose it is, in the inbox of all leads) and its links. Its
 * one-click touch sends the lead's version, which a second send finds changed.
 * <p>
 * The inbox's rows are written here rather than by Thymeleaf (issue 15): a row there took about 20 expressions and
 * attribute processors, most of the inbox's CPU for its 200 rows, and reading the values of a record in a template
 * costs more than the expressions it replaces. Every value is escaped as {@code th:text} escapes it
 * ({@link HtmlEscape#escapeHtml4Xml}), so the page reads byte for byte as it did; only {@code lead/inbox.html}
 * writes what is around the rows. A row: the countdown (b) coloured by the row's urgency (its class), the name (a
 * link to the lead, whose id ends the call button's accessible name), the company, the status (small), the source
 * and owner, tap-to-call and mail links and the call button, each control with an id so that htmx gives the focus
 * back to the one that had it.
 */
record InboxLine(long id, long version, Lead.Urgency urgency, String countdown, String name, String company,
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
            String tel = contact.phone() == null ? null
                    : "tel:" + (international == null || international.isEmpty() ? contact.phone() : international);
            return new InboxLine(lead.id(), lead.version(), countdown.urgency(), words, contact.name(),
                    contact.company(), statuses.get(lead.status()),
                    withOwner ? row.sourceName() + " · " + row.ownerName() : row.sourceName(), contact.phone(), tel,
                    contact.email(), leadsPath + lead.id());
        }).toList();
    }

    /** The rows of the inbox's list, each on its own line; {@code call} is the call button's words. */
    static String html(List<InboxLine> lines, String call) {
        StringBuilder html = new StringBuilder(lines.size() * 450).append('\n');
        String callWords = escaped(call);
        for (InboxLine line : lines) {
            line.write(html, callWords);
        }
        return html.toString();
    }

    private void write(StringBuilder html, String callWords) {
        html.append("<li id=\"lead-").append(id).append("\" class=\"").append(urgency.name()).append("\"><div><b>")
                .append(escaped(countdown)).append("</b> <a id=\"n").append(id).append("\" href=\"").append(escaped(href))
                .append("\">").append(escaped(name)).append("</a>");
        if (company != null) {
            html.append(" <span>").append(escaped(company)).append("</span>");
        }
        html.append(" <small>").append(escaped(status)).append("</small></div><div>").append(escaped(from)).append("</div>");
        if (phone != null) {
            html.append("<a class=\"btn\" id=\"p").append(id).append("\" href=\"").append(escaped(tel)).append("\">")
                    .append(escaped(phone)).append("</a>");
        }
        if (email != null) {
            html.append("<a class=\"btn\" id=\"m").append(id).append("\" href=\"").append(escaped("mailto:" + email))
                    .append("\">").append(escaped(email)).append("</a>");
        }
        html.append("<button class=\"btn\" id=\"c").append(id).append("\" form=\"touch\" formaction=\"")
                .append(escaped(href + "/touches")).append("\" name=\"version\" value=\"").append(version)
                .append("\" aria-labelledby=\"log-call n").append(id).append("\">").append(callWords).append("</button></li>\n");
    }

    private static String escaped(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
