package com.followup.web.followup;

import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps.BucketCounts;
import com.followup.domain.item.Item;
import com.followup.web.format.Dates;
import com.followup.web.format.ItemWords;
import org.springframework.context.MessageSource;
import org.unbescape.html.HtmlEscape;

import java.util.Locale;

/**
 * What htmx receives for a row of My follow-ups checked off: the row marked done where it was, with its next
 * follow-up; what happened, said to screen readers; and, out of band, the counts beside "My follow-ups" in the
 * navigation ({@code fragments/nav :: dueCounts}) and beside each group ({@code followup/mine :: groupCount}).
 * <p>
 * Written here rather than by Thymeleaf, as the leads inbox's rows are ({@code lead.InboxLine}): every check-off
 * sends it, and drawing it from the template (six fragment insertions, a loop over the groups, about thirty
 * expressions) was two fifths of a check-off's request in the app (docs/benchmarks.md, "V62's price on a check-off, planned
 * once (V63), and the check-off's answer written once"). The counts are the templates' markup, element for element
 * (MyFollowUpsTest compares them with the page's own); every value is escaped as {@code th:text} escapes it.
 */
record CheckedOffAnswer(long itemId, String href, String title, String nextOn, String done, String recorded,
                        BucketCounts counts, String overdueWords, String todayWords) {

    /** {@code href}: the item's page, with the app's context path. */
    static CheckedOffAnswer of(Item item, String href, BucketCounts counts, MessageSource messages, ItemWords words,
                               Dates dates, Locale locale) {
        String title = words.title(item.title(), item.purpose());
        String nextOn = item.nextDueAt() == null ? null
                : messages.getMessage("mine.nextOn", new Object[] {dates.soon(item.nextDueAt())}, locale);
        return new CheckedOffAnswer(item.id(), href, title, nextOn, messages.getMessage("mine.done", null, locale),
                messages.getMessage("mine.recordedItem", new Object[] {title}, locale), counts,
                messages.getMessage("nav.overdue", new Object[] {counts.overdue()}, locale),
                messages.getMessage("nav.today", new Object[] {counts.today()}, locale));
    }

    String html() {
        StringBuilder html = new StringBuilder(1_200);
        html.append("<li id=\"item-").append(itemId).append("\" class=\"card due-row due-done\">")
                .append("<div class=\"card-body py-2 d-flex flex-wrap gap-2 align-items-center\">")
                .append("<span class=\"badge badge-done\">").append(escaped(done)).append("</span> ")
                .append("<a class=\"fw-semibold\" href=\"").append(escaped(href)).append("\">").append(escaped(title))
                .append("</a>");
        if (nextOn != null) {
            html.append(" <span class=\"small text-body-secondary\">").append(escaped(nextOn)).append("</span>");
        }
        html.append("</div></li>\n<p id=\"mine-status\" class=\"visually-hidden\" role=\"status\" hx-swap-oob=\"true\">")
                .append(escaped(recorded)).append("</p>\n<span id=\"nav-due-counts\" hx-swap-oob=\"true\">");
        // spaced as the navigation's template is: a space between the badges
        html.append(' ');
        navBadge(html, counts.overdue(), "badge-overdue", overdueWords);
        html.append(' ');
        navBadge(html, counts.today(), "badge-due-today", todayWords);
        html.append(" </span>\n");
        for (DueBuckets.Bucket bucket : DueBuckets.Bucket.values()) {
            long count = counts.in(bucket);
            String look = count > 0 && bucket == DueBuckets.Bucket.OVERDUE ? "badge-overdue"
                    : count > 0 && bucket == DueBuckets.Bucket.TODAY ? "badge-due-today" : "text-bg-light border";
            html.append("<span class=\"badge ").append(look).append("\" id=\"count-").append(bucket.name())
                    .append("\" hx-swap-oob=\"true\">").append(count).append("</span>");
        }
        return html.append('\n').toString();
    }

    private static void navBadge(StringBuilder html, long count, String look, String words) {
        if (count > 0) {
            html.append("<span class=\"badge ").append(look).append("\"><span aria-hidden=\"true\">").append(count)
                    .append("</span><span class=\"visually-hidden\">").append(escaped(words)).append("</span></span>");
        }
    }

    private static String escaped(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }
}
