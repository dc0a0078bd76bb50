package com.followup.web.lead;

import com.followup.web.dashboard.LeadLinks;
import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.lead.LeadActor;
import com.followup.domain.lead.LeadFigures;
import com.followup.domain.lead.Leads;
import com.followup.web.account.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The response board for Sales managers and directors (marketing reads it): each owner's open leads and today's missed
 * deadlines, the leads missed today, and every open lead by time left with its owner, reassigned in one click.
 * It redraws itself every few seconds.
 */
@Controller
@RequestMapping("/leads/board")
class ResponseBoardController {

    static final int BREACHES_SHOWN = 50;

    private final LeadFigures figures;
    private final Leads leads;
    private final LeadWork work;
    private final UserAccounts accounts;
    private final Clock clock;

    ResponseBoardController(LeadFigures figures, Leads leads, LeadWork work, UserAccounts accounts, Clock clock) {
        this.figures = figures;
        this.leads = leads;
        this.work = work;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String board(@AuthenticationPrincipal SignedInUser me, @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model, HttpServletResponse response) {
        LeadActor actor = LeadWork.actor(me);
        if (!actor.seesAllLeads()) {
            throw new AccessDeniedException(me.username() + " sees only their own leads");
        }
        Instant now = clock.instant();
        DateRange today = new DateRange(LocalDate.ofInstant(now, clock.getZone()),
                LocalDate.ofInstant(now, clock.getZone()).plusDays(1), clock.getZone());
        LeadFigures.Scope scope = new LeadFigures.Scope(today.start(), today.end(), today.zone(), null, null);
        model.addAttribute("owners", figures.board(scope, now));
        model.addAttribute("breaches", figures.leads(new LeadFigures.Query(scope, LeadFigures.Counted.BREACHED_IN_SCOPE,
                null, null, null, null, 0, BREACHES_SHOWN), now));
        model.addAttribute("rows", leads.inbox(null, LeadsController.INBOX_SIZE).stream()
                .map(row -> new BoardLine(row, Countdown.of(row.lead(), now))).toList());
        model.addAttribute("canReassign", actor.canReassign());
        model.addAttribute("sellers", actor.canReassign() ? accounts.findAllOrderedByName().stream()
                .filter(UserAccount::active).filter(p -> LeadActor.canOwn(p.role(), p.areas())).toList() : List.of());
        model.addAttribute("links", new LeadLinks(today));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("tab", "board");
        response.setHeader("Vary", "HX-Request");
        return htmx != null ? "lead/board :: panels" : "lead/board";
    }

    /** The lead page's reassign, answered back on the board. */
    @PostMapping("/{id}/owner")
    String reassign(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                    @RequestParam long ownerId, @RequestParam(required = false) String why, RedirectAttributes redirect) {
        if (!LeadWork.actor(me).canReassign()) {
            throw new AccessDeniedException("only managers reassign leads");
        }
        try {
            work.reassign(id, version, ownerId, why, me);
            redirect.addFlashAttribute("notice", "lead.reassigned");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("problem", "lead.changed");
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", "lead.notPossible");
        }
        return "redirect:/leads/board";
    }

    /** An open lead on the board with its countdown. */
    record BoardLine(Leads.InboxRow row, Countdown countdown) {
    }
}
