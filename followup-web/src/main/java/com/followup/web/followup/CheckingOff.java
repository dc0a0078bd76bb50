package com.followup.web.followup;

import com.followup.domain.item.CheckOff;
import com.followup.domain.item.FollowUp;
import com.followup.domain.item.FollowUps;
import com.followup.domain.item.InvalidCheckOffException;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.RuleChange;
import com.followup.domain.rule.Violation;
import com.followup.web.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.time.Clock;
import java.time.Instant;

/** Checking off a due follow-up: recorded once, the next one scheduled, all or nothing. */
@Service
class CheckingOff {

    private final Items items;
    private final FollowUps followUps;
    private final FollowUpRules rules;
    private final Clock clock;

    CheckingOff(Items items, FollowUps followUps, FollowUpRules rules, Clock clock) {
        this.items = items;
        this.followUps = followUps;
        this.rules = rules;
        this.clock = clock;
    }

    @Transactional
    void checkOff(long itemId, CheckOffFormData form, Errors errors, SignedInUser me) {
        Item item = items.findById(itemId).orElseThrow(() -> new AccessDeniedException("no item " + itemId));
        if (item.ownerId() != me.id()) {
            throw new AccessDeniedException("item " + itemId + " is not followed up by " + me.username());
        }
        Instant nextDue = form.getNextDueOn() == null ? null
                : form.getNextDueOn().atTime(item.startedAt().toLocalTime()).atZone(clock.getZone()).toInstant();
        FollowUp followUp;
        try {
            followUp = item.checkOff(new CheckOff(form.getRequestId(), me.id(), null, form.getChannel(),
                    form.getDurationMinutes(), form.getNote(), form.getResult(), nextDue), frequencyFor(item), clock.instant());
        } catch (InvalidCheckOffException e) {
            for (Violation violation : e.violations()) {
                String field = violation.field().equals("nextDueAt") ? "nextDueOn" : violation.field();
                if (!errors.hasFieldErrors(field) && isFormField(field)) {
                    errors.rejectValue(field, violation.messageKey(), violation.args().toArray(), null);
                } else if (!isFormField(field)) {
                    errors.reject(violation.messageKey(), violation.args().toArray(), null);
                }
            }
            return;
        }
        if (followUps.record(followUp)) {
            items.save(item);
        }
    }

    /** Items keep following the rule as it was when they started. */
    private Frequency frequencyFor(Item item) {
        return rules.history(item.ruleId()).stream()
                .filter(change -> change.ruleVersion() == item.ruleRevision())
                .map(RuleChange::parts).findFirst()
                .orElseGet(() -> rules.findById(item.ruleId()).orElseThrow().parts())
                .frequency();
    }

    private static boolean isFormField(String field) {
        return switch (field) {
            case "channel", "durationMinutes", "note", "result", "nextDueOn" -> true;
            default -> false;
        };
    }
}
