package com.followup.web.config;

import com.followup.domain.followup.DueBuckets;
import com.followup.domain.followup.DueFollowUps;
import com.followup.web.account.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;

/** What the layout needs on every page: who is signed in, what is due, and where the language switch returns to. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final DueFollowUps due;
    private final Clock clock;

    LayoutModelAdvice(DueFollowUps due, Clock clock) {
        this.due = due;
        this.clock = clock;
    }

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser me) {
        return me;
    }

    /**
     * What is overdue and due today for the person, for the counts beside "My follow-ups". Fragments that
     * htmx swaps into a page carry no navigation, so they skip the query (live checks run on every keystroke).
     */
    @ModelAttribute("dueCounts")
    DueFollowUps.BucketCounts dueCounts(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request) {
        if (me == null || request.getHeader("HX-Request") != null) {
            return null;
        }
        return due.countsByBucket(me.id(), new DueBuckets(clock.instant(), clock.getZone()));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // after a POST the form's URL may not answer a GET; a path like //host would leave the site
        if (!"GET".equals(request.getMethod()) || !path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        // the language switch keeps the page's filters, and only the language changes
        String query = request.getQueryString();
        return query == null ? path : UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang")
                .build(true).toUriString();
    }
}
