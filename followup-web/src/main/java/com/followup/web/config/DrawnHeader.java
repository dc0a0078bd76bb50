package com.followup.web.config;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.followup.DueFollowUps;
import com.followup.web.account.SignedInUser;
import com.followup.web.format.Fragments;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The navigation of the signed-in pages ({@code fragments/header :: header}), drawn once per value of what it reads
 * and kept: it was a third of My follow-ups' CPU once the page's rows and groups were kept (docs/benchmarks.md). The
 * key is what the fragment reads, the person's name, role and areas, the counts beside "My follow-ups" and
 * "Notifications", the page's path for the language switch, and the language; nothing else in it depends on the
 * request (the sign-out form and its token are at the end of the layout). The layout writes the kept HTML
 * ({@code @drawnHeader.html(...)}) and draws the header itself for pages without a person or counts (sign-in,
 * errors). Per instance, bounded by weight: 8 MB, about 600 headers of 6,000 characters; with
 * {@code spring.thymeleaf.cache=false} (templates edited while the app runs) nothing is kept.
 */
@Component
public class DrawnHeader {

    /** What a kept header weighs besides its HTML (two bytes a character): its key's strings, the entry, the map. */
    private static final int KEY_WEIGHT = 1_024;
    static final long MAX_WEIGHT = 8L * 1024 * 1024;

    private final ITemplateEngine templates;
    private final Cache<Key, String> drawn;
    private final boolean keep;

    DrawnHeader(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.templates = templates;
        this.keep = keep;
        this.drawn = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT)
                .weigher((Key key, String html) -> KEY_WEIGHT + 2 * html.length())
                .build();
    }

    private record Key(String displayName, Role role, Set<Area> areas, DueFollowUps.BucketCounts counts,
                       String currentPath, Locale locale) {
    }

    /** The header's HTML for this person, counts, page and language, as the layout would draw it (within a request). */
    public String html(SignedInUser me, DueFollowUps.BucketCounts counts, String currentPath, Locale locale) {
        if (!keep) {
            return draw(me, counts, currentPath, locale);
        }
        return drawn.get(new Key(me.displayName(), me.role(), Set.copyOf(me.areas()), counts, currentPath, locale),
                key -> draw(me, counts, currentPath, locale));
    }

    long kept() {
        return drawn.estimatedSize();
    }

    private String draw(SignedInUser me, DueFollowUps.BucketCounts counts, String currentPath, Locale locale) {
        Map<String, Object> model = Map.of("me", me, "dueCounts", counts, "currentPath", currentPath);
        return Fragments.draw(templates, "fragments/header", "header", model, locale);
    }
}
