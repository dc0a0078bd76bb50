package com.followup.web.lead;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.lead.LeadFigures;
import com.followup.web.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The leads behind a figure of the lead dashboard, the response board or a lead KPI, paged in the database (a seller
 * sees only the lists of their own leads, behind their own numbers); its count is the
 * figure, because both are counted with the same condition.
 */
@Controller
class CountedLeadsController {

    static final int PAGE_SIZE = 50;

    private final LeadFigures figures;
    private final Clock clock;

    CountedLeadsController(LeadFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/leads/counted")
    String list(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("filter") CountedLeadsFilter filter,
                BindingResult unreadable, Model model) {
        if (!LeadWork.actor(me).seesAllLeads() && !Long.valueOf(me.id()).equals(filter.getOwner())) {
            throw new AccessDeniedException(me.username() + " sees only their own leads");
        }
        Instant now = clock.instant();
        DateRange range = filter.range(LocalDate.ofInstant(now, clock.getZone()), clock.getZone());
        LeadFigures.Scope scope = new LeadFigures.Scope(range.start(), range.end(), range.zone(), filter.getSource(),
                filter.getOwner());
        LeadFigures.Page page = figures.leads(new LeadFigures.Query(scope, filter.getCounted(), filter.getStatus(),
                filter.getStep(), filter.getStop(), filter.getWeek(), filter.getPage(), PAGE_SIZE), now);
        if (page.rows().isEmpty() && filter.getPage() > 0) {
            filter.setPage(0);
            page = figures.leads(new LeadFigures.Query(scope, filter.getCounted(), filter.getStatus(), filter.getStep(),
                    filter.getStop(), filter.getWeek(), 0, PAGE_SIZE), now);
        }
        model.addAttribute("page", page);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("now", now);
        return "lead/counted";
    }
}
