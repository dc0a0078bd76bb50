package com.followup.web.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.lead.DisqualifyReason;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadActor;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.MeetingStatus;
import com.followup.domain.lead.TouchChannel;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A lead's page and what is done on it: touches, meetings, qualify, disqualify, reassign. */
@Controller
@RequestMapping("/leads/{id}")
class LeadController {

    private final Leads leads;
    private final LeadWork work;
    private final LeadHistory history;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final Clock clock;

    LeadController(Leads leads, LeadWork work, LeadHistory history, FollowUpRules rules, UserAccounts accounts,
                   Clock clock) {
        this.leads = leads;
        this.work = work;
        this.history = history;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model, Locale locale) {
        return page(work.visible(id, me), me, model, locale);
    }

    @PostMapping("/touches")
    String logTouch(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                    @ModelAttribute("touchForm") TouchFormData form, BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version", "requestId");
        return act(id, me, model, locale, redirect, errors, "lead.touched",
                () -> errors.hasErrors() ? List.of() : work.logTouch(id, form, me), form.isInbox());
    }

    @PostMapping("/meetings")
    String bookMeeting(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                       @ModelAttribute("meetingForm") MeetingFormData form, BindingResult errors, Model model,
                       Locale locale, RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "requestId");
        return act(id, me, model, locale, redirect, errors, "lead.meetingBooked",
                () -> errors.hasErrors() ? List.of() : work.bookMeeting(id, form, me), false);
    }

    @PostMapping("/meetings/{meetingId}")
    String settleMeeting(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable long meetingId,
                         @RequestParam MeetingStatus outcome, RedirectAttributes redirect) {
        return change(id, redirect, "lead.meetingSettled", () -> work.settleMeeting(id, meetingId, outcome, me));
    }

    @PostMapping("/qualify")
    String qualify(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                   @ModelAttribute("decisionForm") DecisionFormData form, BindingResult errors, Model model,
                   Locale locale, RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version");
        List<Violation> violations = new ArrayList<>();
        Long itemId;
        try {
            itemId = errors.hasErrors() ? null : work.qualify(id, form, me, violations);
        } catch (ConcurrentChangeException e) {
            return changed(id, redirect);
        }
        if (itemId == null) {
            FormErrors.report(violations, errors);
            return page(work.visible(id, me), me, model, locale);
        }
        redirect.addFlashAttribute("notice", "lead.qualified");
        return "redirect:/items/" + itemId;
    }

    @PostMapping("/disqualify")
    String disqualify(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                      @ModelAttribute("decisionForm") DecisionFormData form, BindingResult errors, Model model,
                      Locale locale, RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version", "reason");
        return act(id, me, model, locale, redirect, errors, "lead.disqualified",
                () -> errors.hasErrors() ? List.of() : work.disqualify(id, form, me), false);
    }

    @PostMapping("/owner")
    String reassign(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                    @RequestParam long ownerId, @RequestParam(required = false) String why, RedirectAttributes redirect) {
        return change(id, redirect, "lead.reassigned", () -> work.reassign(id, version, ownerId, why, me));
    }

    /** A form's action: its violations go next to its fields on the page, a stale version says so, else done. */
    private String act(long id, SignedInUser me, Model model, Locale locale, RedirectAttributes redirect,
                       BindingResult errors, String notice, Supplier<List<Violation>> action,
                       boolean backToInbox) {
        List<Violation> violations;
        try {
            violations = action.get();
        } catch (ConcurrentChangeException e) {
            return changed(id, redirect);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", "lead.notPossible");
            return "redirect:/leads/" + id;
        }
        if (!violations.isEmpty() || errors.hasErrors()) {
            FormErrors.report(violations, errors);
            return page(work.visible(id, me), me, model, locale);
        }
        redirect.addFlashAttribute("notice", notice);
        return backToInbox ? "redirect:/leads" : "redirect:/leads/" + id;
    }

    private String change(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (ConcurrentChangeException e) {
            return changed(id, redirect);
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", "lead.notPossible");
            return "redirect:/leads/" + id;
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/leads/" + id;
    }

    private static String changed(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", "lead.changed");
        return "redirect:/leads/" + id;
    }

    private String page(Lead lead, SignedInUser me, Model model, Locale locale) {
        LeadActor actor = LeadWork.actor(me);
        List<UserAccount> people = accounts.findAllOrderedByName();
        Map<Long, String> names = people.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        model.addAttribute("lead", lead);
        model.addAttribute("source", leads.sources().stream().filter(s -> s.id() == lead.sourceId())
                .map(LeadSource::name).findFirst().orElse("?"));
        model.addAttribute("ownerName", names.getOrDefault(lead.ownerId(), "?"));
        model.addAttribute("countdown", Countdown.of(lead, clock.instant()));
        model.addAttribute("history", history.lines(leads.history(lead.id()), names, locale));
        model.addAttribute("meetings", leads.meetings(lead.id()));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("canWork", actor.canWork(lead) && lead.status().isOpen());
        model.addAttribute("canReassign", actor.canReassign() && lead.status().isOpen());
        model.addAttribute("channels", TouchChannel.values());
        model.addAttribute("reasons", DisqualifyReason.values());
        model.addAttribute("outcomes", List.of(MeetingStatus.HELD, MeetingStatus.CANCELLED));
        model.addAttribute("rules", rules.findByArea(Area.SALES, false).stream().filter(me.actor()::canOpenUnder).toList());
        model.addAttribute("sellers", people.stream().filter(UserAccount::active)
                .filter(p -> LeadActor.canOwn(p.role(), p.areas()) && p.id() != lead.ownerId()).toList());
        if (!model.containsAttribute("touchForm")) {
            model.addAttribute("touchForm", new TouchFormData());
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new MeetingFormData());
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionFormData());
        }
        return "lead/lead";
    }
}
