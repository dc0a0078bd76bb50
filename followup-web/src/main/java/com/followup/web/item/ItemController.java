package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.followup.InvalidCheckOffException;
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

import java.util.UUID;

/** An item's page: everything about it, its timeline, and what the person may do to it. */
@Controller
@RequestMapping("/items/{id}")
public class ItemController {

    private final ItemAccess access;
    private final ItemPage page;
    private final ItemWork work;

    ItemController(ItemAccess access, ItemPage page, ItemWork work) {
        this.access = access;
        this.page = page;
        this.work = work;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        model.addAttribute("outcomeForm", new OutcomeFormData());
        return page.show(access.visible(id, me), me, model);
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
            model.addAttribute("outcomeFailed", true);
            return page.show(access.visible(id, me), me, model);
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
}
