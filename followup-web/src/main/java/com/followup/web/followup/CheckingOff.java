package com.followup.web.followup;

import com.followup.web.item.ItemAccess;
import com.followup.domain.followup.CheckOff;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.followup.InvalidCheckOffException;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Checking off a due follow-up: recorded once, the next one scheduled, all or nothing. */
@Service
public class CheckingOff {

    /** The form asks for the next day, the domain decides the next moment. */
    private static final Map<String, String> FORM_FIELD = Map.of("nextDueAt", "nextDueOn");

    private final Items items;
    private final FollowUps followUps;
    private final ItemAccess access;
    private final FollowUpRules rules;
    private final MessageSource messages;
    private final Clock clock;

    CheckingOff(Items items, FollowUps followUps, ItemAccess access, FollowUpRules rules, MessageSource messages,
                Clock clock) {
        this.items = items;
        this.followUps = followUps;
        this.access = access;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Records the follow-up, or puts what is wrong into {@code errors}. A form sent again after it was
     * recorded changes nothing; a form shown before someone else changed the item is refused, as typed.
     * Returns the item as it stands after the call.
     */
    @Transactional
    public Item checkOff(long itemId, CheckOffFormData form, Errors errors, SignedInUser me, Locale locale) {
        Item item = access.workable(itemId, me);
        // a check-off recorded moves its item to the next version in the same transaction: a form drawn with the
        // version the item still has was not recorded yet, and only another version needs the request looked up
        boolean drawnBefore = form.getVersion() != null && form.getVersion() != item.version();
        if (form.getRequestId() != null && (form.getVersion() == null || drawnBefore)
                && followUps.isRecorded(form.getRequestId())) {
            return item;
        }
        if (drawnBefore) {
            errors.reject("item.changed");
            return item;
        }
        if (form.isQuick()) {
            form.setChannel(followUps.lastChannel(itemId).orElse(form.getChannel()));
            form.setResult(messages.getMessage("item.quick.result", null, locale));
        }
        Instant nextDue = form.getNextDueOn() == null ? null
                : form.getNextDueOn().atTime(item.startedAt().toLocalTime()).atZone(item.zone()).toInstant();
        Instant doneAt = form.getDoneAt() == null ? null : form.getDoneAt().atZone(item.zone()).toInstant();
        FollowUp followUp;
        try {
            followUp = item.checkOff(new CheckOff(form.getRequestId(), me.id(), doneAt, form.getChannel(),
                            form.getDurationMinutes(), form.getNote(), form.getResult(), nextDue),
                    rules.revision(item.ruleId(), item.ruleRevision()).frequency(), clock.instant());
        } catch (InvalidCheckOffException e) {
            FormErrors.report(e.violations(), errors, FORM_FIELD);
            return item;
        } catch (IllegalStateException e) {
            errors.reject("item.notPossible");
            return item;
        }
        if (followUps.record(followUp)) {
            return items.save(item);
        }
        return access.workable(itemId, me);
    }
}
