package com.followup.web.followup;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.account.Role;
import com.followup.domain.item.Item;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import com.followup.web.item.BulkFormData;
import com.followup.web.item.BulkResult;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Managers' changes to the items ticked on an item list: reassign them, or move their next follow-up. The answer
 * goes back to the same list: what was done and what was refused and why, or, for a form that cannot be used,
 * the message beside its field with every choice kept.
 */
@Controller
@RequestMapping("/items/bulk")
class BulkWorkController {

    private final BulkWork work;
    private final Clock clock;

    BulkWorkController(BulkWork work, Clock clock) {
        this.work = work;
        this.clock = clock;
    }

    @PostMapping("/reassign")
    String reassign(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("bulk") BulkFormData form, BindingResult errors,
                    RedirectAttributes redirect) {
        List<Violation> violations = chosenViolations(me, form);
        if (form.getOwner() == null) {
            violations.add(new Violation("owner", "item.bulk.ownerRequired"));
        }
        return answer(form, errors, violations, redirect, () -> work.reassign(form.chosen(), form.getOwner(), me));
    }

    @PostMapping("/reschedule")
    String reschedule(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("bulk") BulkFormData form, BindingResult errors,
                      RedirectAttributes redirect) {
        List<Violation> violations = chosenViolations(me, form);
        LocalDate day = form.chosenDay();
        if (day == null) {
            violations.add(new Violation("otherDay", "item.reschedule.dayRequired"));
        } else if (!day.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation("otherDay", "item.reschedule.dayNotAfterToday"));
        }
        if (form.getReason() == null || form.getReason().isBlank()) {
            violations.add(new Violation("reason", "item.reschedule.reasonRequired"));
        } else {
            Text.required(form.getReason(), "reason", Item.MAX_RESCHEDULE_REASON, violations);
        }
        return answer(form, errors, violations, redirect, () -> work.reschedule(form.chosen(), form, me));
    }

    private static List<Violation> chosenViolations(SignedInUser me, BulkFormData form) {
        if (me.actor().role() != Role.DIRECTOR && me.actor().role() != Role.MANAGER) {
            throw new AccessDeniedException(me.username() + " manages no area");
        }
        List<Violation> violations = new ArrayList<>();
        int chosen = form.chosen().size();
        if (chosen == 0) {
            violations.add(new Violation("item", "item.bulk.noneChosen"));
        } else if (chosen > BulkFormData.AT_MOST) {
            violations.add(new Violation("item", "item.bulk.tooMany", List.of(BulkFormData.AT_MOST)));
        }
        return violations;
    }

    private static String answer(BulkFormData form, BindingResult errors, List<Violation> violations,
                                 RedirectAttributes redirect, Supplier<BulkResult> change) {
        if (errors.hasFieldErrors("day")) {
            // a one-click day that cannot be read was not typed by anyone: said where a day is typed
            errors.rejectValue("otherDay", "item.reschedule.dayRequired");
        }
        FormErrors.report(violations, errors);
        if (!errors.hasErrors()) {
            try {
                redirect.addFlashAttribute("bulkResult", change.get());
                return "redirect:" + form.backTo();
            } catch (ConcurrentChangeException | TransactionException | DataAccessException e) {
                // an item changed between its check and its save: the transaction changed nothing at all
                errors.reject("item.bulk.nothingChanged");
            }
        }
        redirect.addFlashAttribute("bulk", form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "bulk", errors);
        return "redirect:" + form.backTo();
    }
}
