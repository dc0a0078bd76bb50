package com.followup.web.lead;

import com.followup.domain.lead.LeadActor;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.Leads;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The leads inbox, which keeps itself current, the count beside "Leads", and the form to type a lead in. */
@Controller
@RequestMapping("/leads")
class LeadsController {

    static final int INBOX_SIZE = 200;

    private final Leads leads;
    private final LeadIntake intake;
    private final Clock clock;
    private final LeadImport imports;
    private final MessageSource messages;

    LeadsController(Leads leads, LeadIntake intake, Clock clock, LeadImport imports, MessageSource messages) {
        this.leads = leads;
        this.intake = intake;
        this.clock = clock;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal SignedInUser me, @RequestHeader(value = "HX-Request", required = false) String htmx,
                 Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        LeadActor actor = usesLeads(me);
        List<InboxLine> rows = InboxLine.of(leads.inbox(actor.seesAllLeads() ? null : me.id(), INBOX_SIZE),
                actor.seesAllLeads(), clock.instant(), request.getContextPath() + "/leads/", messages, locale);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", InboxLine.html(rows, messages.getMessage("lead.inbox.logCall", null, locale)));
        model.addAttribute("allLeads", actor.seesAllLeads());
        model.addAttribute("mayImport", imports.mayImport(me));
        model.addAttribute("zone", clock.getZone());
        response.setHeader("Vary", "HX-Request");
        return htmx != null ? "lead/inbox :: rows" : "lead/inbox";
    }

    @GetMapping("/count")
    String count(@AuthenticationPrincipal SignedInUser me, Model model) {
        LeadActor actor = usesLeads(me);
        model.addAttribute("newLeads", leads.countNew(actor.seesAllLeads() ? null : me.id()));
        return "lead/inbox :: count";
    }

    @GetMapping("/new")
    String newLead(@AuthenticationPrincipal SignedInUser me, Model model) {
        usesLeads(me);
        return form(new LeadFormData(), model);
    }

    @PostMapping
    String take(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") LeadFormData form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        usesLeads(me);
        FormErrors.hiddenFieldsTampered(errors, "requestId");
        if (errors.hasErrors()) {
            return form(form, model);
        }
        LeadIntake.Result result = intake.take(new LeadDraft(form.getName(), form.getEmail(), form.getPhone(),
                form.getJobTitle(), form.getCompany(), form.getSourceId(), form.getMessage(), form.isConsent()),
                form.getRequestId(), me.id());
        if (result.lead() == null) {
            FormErrors.report(result.violations(), errors);
            return form(form, model);
        }
        redirect.addFlashAttribute("notice", "lead.taken");
        return LeadWork.actor(me).canSee(result.lead()) ? "redirect:/leads/" + result.lead().id() : "redirect:/leads";
    }

    private String form(LeadFormData form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sources", leads.sources());
        return "lead/new";
    }

    private static LeadActor usesLeads(SignedInUser me) {
        LeadActor actor = LeadWork.actor(me);
        if (!actor.usesLeads()) {
            throw new AccessDeniedException(me.username() + " has no leads");
        }
        return actor;
    }
}
