package com.followup.web.followup;

import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.web.account.SignedInUser;
import com.followup.web.format.Fragments;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * My follow-ups' rows, each drawn by its template once per value and kept: drawing the rows was 80 % of the page's
 * CPU (docs/benchmarks.md), and a person's rows are mostly the same from one look at the page to the next. The key
 * is the whole {@link MyFollowUpRow} the row's fragment reads, with the language and the company's zone its dates
 * are written in: a changed item, contact, result or day late is another key, so nothing kept can be stale and
 * nothing is ever removed but by size. The fragment is {@code followup/mine :: row}, the same one the page draws
 * itself for a row whose form failed (which is never kept). Per instance, bounded by weight: 8 MB, about 10,000
 * rows of 400 characters, two hundred sellers' lists; with {@code spring.thymeleaf.cache=false} (templates edited
 * while the app runs) nothing is kept.
 */
@Component
class DrawnRows {

    /** What a kept row weighs besides its HTML (two bytes a character): its key's strings, the entry, the map. */
    private static final int KEY_WEIGHT = 1_024;
    static final long MAX_WEIGHT = 8L * 1024 * 1024;

    private final ITemplateEngine templates;
    private final Clock clock;
    private final Cache<Object, String> drawn;
    private final boolean keep;

    DrawnRows(ITemplateEngine templates, Clock clock, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.templates = templates;
        this.clock = clock;
        this.keep = keep;
        this.drawn = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT)
                .weigher((Object key, String html) -> KEY_WEIGHT + (key instanceof Groups ? 4 : 2) * html.length())
                .build();
    }

    /**
     * A row's key: equal when the whole row, language and zone are, hashed from what tells rows apart (item, version,
     * due time, days late, language) once, when the key is made: hashing every string of the row on each look at the
     * page was a tenth of its CPU (docs/benchmarks.md, "Keys read without reading their text").
     */
    private static final class Key {
        private final MyFollowUpRow view;
        private final Locale locale;
        private final ZoneId zone;
        private final int hash;

        Key(MyFollowUpRow view, Locale locale, ZoneId zone) {
            this.view = view;
            this.locale = locale;
            this.zone = zone;
            DueFollowUps.DueRow row = view.row();
            this.hash = Objects.hash(row.itemId(), row.version(), row.dueAt(), view.daysLate(), locale);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && view.equals(key.view) && locale.equals(key.locale)
                    && zone.equals(key.zone);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The groups' rows come in their HTML already (each kept by its own key), the rest is what the groups read. */
    private record Groups(Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups, DueFollowUps.BucketCounts counts,
                          long ownerId, Locale locale, ZoneId zone) {
    }

    /** The row's HTML in the language of the page being drawn, as that page would draw it (within a request). */
    String html(MyFollowUpRow view, Locale locale) {
        if (!keep) {
            return draw("row", Map.of("view", view), locale);
        }
        return drawn.get(new Key(view, locale, clock.getZone()), key -> draw("row", Map.of("view", view), locale));
    }

    /**
     * The groups of the list, headings, rows and "more" links, as the page would draw them ({@code followup/mine ::
     * groups}), kept by their rows (the very strings kept for them, compared by identity: {@link MyFollowUpRow.Piece}),
     * the counts and the person: a page seen again does no template work for its groups either. Groups with a row drawn by the page (its form failed) are not drawn here: null.
     */
    String groups(Map<DueBuckets.Bucket, MyFollowUpRow.Group> groups, DueFollowUps.BucketCounts counts,
                  SignedInUser me, Locale locale) {
        if (groups.values().stream().anyMatch(MyFollowUpRow.Group::drawnByThePage)) {
            return null;
        }
        Map<String, Object> model = Map.of("groups", groups, "dueCounts", counts, "me", me);
        if (!keep) {
            return draw("groups", model, locale);
        }
        return drawn.get(new Groups(groups, counts, me.id(), locale, clock.getZone()),
                key -> draw("groups", model, locale));
    }

    long kept() {
        return drawn.estimatedSize();
    }

    private String draw(String fragment, Map<String, Object> model, Locale locale) {
        return Fragments.draw(templates, "followup/mine", fragment, model, locale);
    }
}
