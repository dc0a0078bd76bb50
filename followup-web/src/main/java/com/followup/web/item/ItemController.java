package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.item.FollowUps;
import com.followup.domain.item.InvalidCheckOffException;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Outcome;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** An item's page: everything about it, its timeline, and what the person may do to it. */
@Controller
@RequestMapping("/items/{id}")
class ItemController {

    private final ItemAccess access;
    private final Items items;
    private final FollowUps followUps;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final CheckingOff checkingOff;
    private final ItemWork work;
    private final Clock clock;

    ItemController(ItemAccess access, Items items, FollowUps followUps, FollowUpRules rules,
                   UserAccounts accounts, CheckingOff checkingOff, ItemWork work, Clock clock) {
        this.access = access;
        this.items = items;
        this.followUps = followUps;
        this.rules = rules;
        this.accounts = accounts;
        this.checkingOff = checkingOff;
        this.work = work;
        this.clock = clock;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        model.addAttribute("form", new CheckOffFormData());
        model.addAttribute("outcomeForm", new OutcomeFormData());
        return page(access.visible(id, me), me, model);
    }

    @PostMapping("/follow-ups")
    String checkOff(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                    @ModelAttribute("form") CheckOffFormData form, BindingResult errors, Locale locale, Model model,
                    RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version", "requestId", "quick");
        if (!errors.hasErrors()) {
            try {
                checkingOff.checkOff(id, form, errors, me, locale);
            } catch (ConcurrentChangeException e) {
                errors.reject("item.changed");
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("failedItemId", id);
            model.addAttribute("outcomeForm", new OutcomeFormData());
            return page(access.visible(id, me), me, model);
        }
        return done(id, "mine.recorded", redirect);
    }

    @PostMapping("/outcome")
    String close(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                 @ModelAttribute("outcomeForm") OutcomeFormData form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version");
        try {
            work.close(id, form, errors, me);
        } catch (ConcurrentChangeException e) {
            errors.reject("item.changed");
        }
        if (errors.hasErrors()) {
            model.addAttribute("form", new CheckOffFormData());
            model.addAttribute("outcomeFailed", true);
            return page(access.visible(id, me), me, model);
        }
        return done(id, "item.closed", redirect);
    }

    @PostMapping("/stage")
    String moveToStage(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                       @RequestParam String stage, RedirectAttributes redirect) {
        return change(id, redirect, "item.stageMoved", () -> work.moveToStage(id, version, stage, me));
    }

    @PostMapping("/owner")
    String reassign(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                    @RequestParam long ownerId, RedirectAttributes redirect) {
        return change(id, redirect, "item.reassigned", () -> {
            if (!work.reassign(id, version, ownerId, me)) {
                throw new IllegalArgumentException("owner " + ownerId + " cannot own this item");
            }
        });
    }

    @PostMapping("/follow-ups/{requestId}/correction")
    String correct(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @PathVariable UUID requestId,
                   @RequestParam int revision, @RequestParam(defaultValue = "") String note,
                   @RequestParam(defaultValue = "") String result, RedirectAttributes redirect) {
        try {
            return change(id, redirect, "item.corrected", () -> work.correct(id, requestId, revision, note, result, me));
        } catch (InvalidCheckOffException e) {
            redirect.addFlashAttribute("problem", "item.correction.resultRequired");
            return "redirect:/items/" + id;
        }
    }

    @PostMapping("/advance-received")
    String advanceReceived(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                           RedirectAttributes redirect) {
        return change(id, redirect, "item.advanceRecorded", () -> work.advanceReceived(id, version, me));
    }

    private String change(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("problem", "item.changed");
            return "redirect:/items/" + id;
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", "item.notPossible");
            return "redirect:/items/" + id;
        }
        return done(id, notice, redirect);
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/items/" + id;
    }

    private String page(Item item, SignedInUser me, Model model) {
        List<UserAccount> everyone = accounts.findAllOrderedByName();
        Map<Long, String> names = everyone.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        model.addAttribute("item", item);
        FollowUpRule rule = rules.findById(item.ruleId()).orElseThrow();
        model.addAttribute("rule", rule);
        model.addAttribute("ownerName", names.get(item.ownerId()));
        model.addAttribute("timeline", ItemTimeline.of(followUps.findByItem(item.id()), items.timeline(item.id()), names));
        model.addAttribute("canWork", me.actor().canWork(item));
        model.addAttribute("canManage", me.actor().canManage(item.area()));
        model.addAttribute("meId", me.id());
        model.addAttribute("stages", rules.revision(item.ruleId(), item.ruleRevision()).stages());
        model.addAttribute("outcomes", Outcome.allowedIn(item.area()));
        model.addAttribute("people", everyone.stream()
                .filter(UserAccount::active).filter(person -> person.worksIn(item.area())).toList());
        model.addAttribute("linkedInvoice", item.details() instanceof OperationsDetails ops && ops.linkedInvoiceItemId() != null
                ? items.findById(ops.linkedInvoiceItemId()).orElse(null) : null);
        model.addAttribute("now", clock.instant());
        model.addAttribute("zone", item.zone());
        return "items/item";
    }
}
