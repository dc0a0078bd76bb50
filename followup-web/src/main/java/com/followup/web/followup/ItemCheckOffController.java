package com.followup.web.followup;

import com.followup.domain.ConcurrentChangeException;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import com.followup.web.item.ItemAccess;
import com.followup.web.item.ItemController;
import com.followup.web.item.ItemPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Locale;

/** Checking off from the item page; a refused check-off shows the page again with the form as typed. */
@Controller
class ItemCheckOffController {

    private final CheckingOff checkingOff;
    private final ItemAccess access;
    private final ItemPage page;

    ItemCheckOffController(CheckingOff checkingOff, ItemAccess access, ItemPage page) {
        this.checkingOff = checkingOff;
        this.access = access;
        this.page = page;
    }

    @PostMapping("/items/{id}/follow-ups")
    String checkOff(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                    @ModelAttribute("form") CheckOffFormData form, BindingResult errors, Locale locale, Model model,
                    RedirectAttributes redirect) {
        FormErrors.hiddenFieldsTampered(errors, "version", "requestId", "quick", "channel");
        if (!errors.hasErrors()) {
            try {
                checkingOff.checkOff(id, form, errors, me, locale);
            } catch (ConcurrentChangeException e) {
                errors.reject("item.changed");
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("failedItemId", id);
            return page.show(access.visible(id, me), me, model);
        }
        redirect.addFlashAttribute("notice", "mine.recorded");
        return "redirect:/items/" + id;
    }

    /** Every item page carries an empty check-off form, so that the item feature needs nothing of this one. */
    @ControllerAdvice(assignableTypes = ItemController.class)
    static class EmptyCheckOffForm {

        @ModelAttribute("form")
        CheckOffFormData form() {
            return new CheckOffFormData();
        }
    }
}
