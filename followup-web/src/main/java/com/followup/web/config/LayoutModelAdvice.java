package com.followup.web.config;

import com.followup.domain.followup.DueFollowUps;
import com.followup.web.account.SignedInUser;
import com.followup.web.followup.KeptDueWork;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/** What the layout needs on every page: who is signed in, what is due, and where the language switch returns to. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModelAdvice {

    private final KeptDueWork dueWork;

    LayoutModelAdvice(KeptDueWork dueWork) {
        this.dueWork = dueWork;
    }

    @ModelAttribute("me")
    SignedInUser me(@AuthenticationPrincipal SignedInUser me) {
        return me;
    }

    /**
     * What is overdue and due today for the person, for the counts beside "My follow-ups". Fragments that
     * htmx swaps into a page carry no navigation, so they skip the query (live checks run on every keystroke).
     * The due work they come from is in the model too ({@code dueWork}), for My follow-ups' list.
     */
    @ModelAttribute("dueCounts")
    DueFollowUps.BucketCounts dueCounts(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request,
                                        Model model) {
        if (me == null || request.getHeader("HX-Request") != null) {
            return null;
        }
        KeptDueWork.Work work = dueWork.current(me.id());
        model.addAttribute("dueWork", work);
        return work.counts();
    }

    /**
     * Where the language switch leads: the same page in the other language. A page shown again after a POST (a form
     * with errors) is the page the form was sent from, so the switch stays there; what was typed goes with it
     * ({@code language-switch.js}).
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        if ("GET".equals(request.getMethod())) {
            return withoutLanguage(request.getRequestURI().substring(request.getContextPath().length()),
                    request.getQueryString());
        }
        try {
            URI sentFrom = URI.create(request.getHeader("Referer") == null ? "/" : request.getHeader("Referer"));
            String path = sentFrom.getRawPath() == null ? "/" : sentFrom.getRawPath();
            return withoutLanguage(path.startsWith(request.getContextPath()) ? path.substring(request.getContextPath().length()) : "/",
                    sentFrom.getRawQuery());
        } catch (IllegalArgumentException unreadable) {
            return "/";
        }
    }

    private static String withoutLanguage(String path, String query) {
        // a path like //host would leave the site
        if (!path.startsWith("/") || path.startsWith("//")) {
            return "/";
        }
        // the language switch keeps the page's filters, and only the language changes
        return query == null ? path : UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang")
                .build(true).toUriString();
    }
}
