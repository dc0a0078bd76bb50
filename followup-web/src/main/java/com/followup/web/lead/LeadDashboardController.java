package com.followup.web.lead;

import com.followup.web.dashboard.LeadLinks;
import com.followup.domain.dashboard.DateRange;
import com.followup.web.account.SignedInUser;
import com.followup.web.dashboard.DashboardFilter;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The lead dashboard for Sales managers, directors and marketing: response times, deadlines met, the funnel and what
 * became of each source's leads, for the period chosen; each figure links to its leads, each table comes as CSV.
 */
@Controller
@RequestMapping("/leads/dashboard")
class LeadDashboardController {

    private final LeadDashboard dashboard;
    private final LeadDashboardCsv csv;
    private final Clock clock;

    LeadDashboardController(LeadDashboard dashboard, LeadDashboardCsv csv, Clock clock) {
        this.dashboard = dashboard;
        this.csv = csv;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") DashboardFilter filter,
                BindingResult unreadable, HtmxRequest htmx, Model model) {
        LeadDashboard.View view = dashboard.of(range(me, filter));
        model.addAttribute("view", view);
        model.addAttribute("links", new LeadLinks(view.range()));
        model.addAttribute("tab", "dashboard");
        return htmx.isHtmxRequest() ? "lead/dashboard :: panels" : "lead/dashboard";
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<String> table(@AuthenticationPrincipal SignedInUser me, @PathVariable String table,
                                 @ModelAttribute("filter") DashboardFilter filter, BindingResult unreadable, Locale locale) {
        LeadDashboard.View view = dashboard.of(range(me, filter));
        String body = csv.table(table, view, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("leads-" + table + "-" + view.range().from() + ".csv").build().toString())
                .body(body);
    }

    private DateRange range(SignedInUser me, DashboardFilter filter) {
        if (!LeadWork.actor(me).seesAllLeads()) {
            throw new AccessDeniedException(me.username() + " sees only their own leads");
        }
        return filter.range(LocalDate.ofInstant(clock.instant(), clock.getZone()), clock.getZone());
    }
}
