package com.followup.web.followup;

import com.followup.domain.Violation;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import com.followup.web.item.ItemAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Moving an item's next follow-up to another day, with the reason on its timeline. */
@Service
public class Rescheduling {

    /** A day that cannot be used is said beside the date field, where a person can change it. */
    private static final Map<String, String> FORM_FIELD = Map.of("day", "otherDay");

    private final Items items;
    private final ItemAccess access;
    private final Clock clock;

    Rescheduling(Items items, ItemAccess access, Clock clock) {
        this.items = items;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Reschedules, or puts what is wrong into {@code errors} and changes nothing. A form shown before the item
     * changed is refused, so a form sent twice moves the follow-up once.
     */
    @Transactional
    public Item reschedule(long itemId, RescheduleFormData form, Errors errors, SignedInUser me) {
        Item item = access.workable(itemId, me);
        if (form.getVersion() == null || form.getVersion() != item.version()) {
            errors.reject("item.changed");
            return item;
        }
        Instant now = clock.instant();
        List<Violation> violations = item.rescheduleViolations(form.chosenDay(), form.getReason(), now);
        if (!violations.isEmpty()) {
            FormErrors.report(violations, errors, FORM_FIELD);
            return item;
        }
        item.reschedule(form.chosenDay(), form.getReason(), me.id(), now);
        return items.save(item);
    }
}
