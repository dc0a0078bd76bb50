package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.item.AdvancePaymentCheck;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Outcome;
import com.followup.web.account.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to an item other than checking off: stage moves, reassignment, the advance payment and the outcome.
 * Each is refused when the item changed since the person saw it, and each is saved with its timeline line.
 */
@Service
class ItemWork {

    private final Items items;
    private final FollowUps followUps;
    private final ItemAccess access;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final Clock clock;

    ItemWork(Items items, FollowUps followUps, ItemAccess access, FollowUpRules rules, UserAccounts accounts, Clock clock) {
        this.items = items;
        this.followUps = followUps;
        this.access = access;
        this.rules = rules;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public void moveToStage(long id, long version, String stage, SignedInUser me) {
        Item item = current(id, version, me);
        item.moveToStage(stage, rules.revision(item.ruleId(), item.ruleRevision()).stages(), me.id(), clock.instant());
        items.save(item);
    }

    /** False when the new owner cannot own items of the area. */
    @Transactional
    public boolean reassign(long id, long version, long ownerId, SignedInUser me) {
        Item item = current(id, version, me);
        if (!me.actor().canManage(item.area())) {
            throw new AccessDeniedException("only managers reassign items of " + item.area());
        }
        Optional<UserAccount> owner = accounts.findById(ownerId).filter(UserAccount::active)
                .filter(person -> person.worksIn(item.area()));
        if (owner.isEmpty()) {
            return false;
        }
        item.reassign(ownerId, me.id(), clock.instant());
        items.save(item);
        return true;
    }

    @Transactional
    public void advanceReceived(long id, long version, SignedInUser me) {
        Item item = current(id, version, me);
        item.recordAdvanceReceived(me.id(), clock.instant());
        items.save(item);
    }

    /**
     * Corrects the note or result of a recorded follow-up; its author or a manager of the area may. What it said
     * before is kept, and when and whether it was on time never change, so the numbers cannot be improved.
     */
    @Transactional
    public void correct(long id, UUID requestId, int revision, String note, String result, SignedInUser me) {
        Item item = access.visible(id, me);
        FollowUp followUp = followUps.findByItem(id).stream().filter(f -> f.requestId().equals(requestId))
                .findFirst().orElseThrow(() -> new ItemNotFoundException(id));
        if (followUp.doneBy() != me.id() && !me.actor().canManage(item.area())) {
            throw new AccessDeniedException("only its author or a manager corrects a follow-up");
        }
        if (followUp.revision() != revision) {
            throw new ConcurrentChangeException("follow-up " + requestId);
        }
        FollowUp.Correction correction = followUp.correct(note, result, me.id(), clock.instant());
        followUps.correct(correction);
        item.followUpEdited(correction.edit());
        items.save(item);
    }

    /** Closes, postpones or delivers the item, or says next to each field what is missing. */
    @Transactional
    public void close(long id, OutcomeFormData form, Errors errors, SignedInUser me) {
        Item item = current(id, form.getVersion(), me);
        ItemOutcome outcome = outcome(item, form, errors);
        if (outcome == null) {
            return;
        }
        if (outcome instanceof ItemOutcome.Delivered delivered
                && item.details() instanceof OperationsDetails ops && ops.linkedInvoiceItemId() != null) {
            Item invoice = items.findById(ops.linkedInvoiceItemId()).orElseThrow();
            UserAccount actor = accounts.findById(me.id()).orElseThrow();
            if (!AdvancePaymentCheck.allowsDelivery(item, invoice, delivered, actor)) {
                ItemOutcome.Delivered overridden = new ItemOutcome.Delivered(delivered.complete(),
                        delivered.correct(), delivered.onTime(), me.username());
                if (!form.isOverrideAdvance() || !AdvancePaymentCheck.allowsDelivery(item, invoice, overridden, actor)) {
                    errors.rejectValue("overrideAdvance", me.actor().canManage(item.area())
                            ? "item.outcome.advanceOverrideNeeded" : "item.outcome.advancePending");
                    return;
                }
                delivered = overridden;
            }
            item.deliver(delivered, invoice, actor, clock.instant());
        } else {
            item.close(outcome, me.id(), clock.instant());
        }
        items.save(item);
    }

    private ItemOutcome outcome(Item item, OutcomeFormData form, Errors errors) {
        Outcome chosen = form.getOutcome();
        if (chosen == null || !Outcome.allowedIn(item.area()).contains(chosen)) {
            errors.rejectValue("outcome", "item.outcome.choose");
            return null;
        }
        String reason = form.getReason() == null ? "" : form.getReason().strip();
        switch (chosen) {
            case SOLD:
                return new ItemOutcome.Sold();
            case POSTPONED:
                LocalDate today = clock.instant().atZone(item.zone()).toLocalDate();
                if (form.getUntil() == null || !form.getUntil().isAfter(today)) {
                    errors.rejectValue("until", "item.outcome.untilAfterToday");
                    return null;
                }
                return new ItemOutcome.Postponed(form.getUntil());
            case DELIVERED:
                return new ItemOutcome.Delivered(form.isComplete(), form.isCorrect(), form.isOnTime(), null);
            case COLLECTED:
                Money collected = collected(item, form.getCollectedAmount(), errors);
                return collected == null ? null : new ItemOutcome.Collected(collected, form.isInFull());
            default:
                if (reason.isEmpty()) {
                    errors.rejectValue("reason", "item.outcome.reasonRequired");
                    return null;
                }
                return chosen == Outcome.ELIMINATED ? new ItemOutcome.Eliminated(reason)
                        : chosen == Outcome.CANCELLED ? new ItemOutcome.Cancelled(reason)
                        : new ItemOutcome.WrittenOff(reason);
        }
    }

    /** The amount collected, in the invoice's currency and never more than it. */
    private static Money collected(Item item, String typed, Errors errors) {
        Currency currency = item.amount() == null ? null : item.amount().currency();
        try {
            BigDecimal amount = new BigDecimal(typed == null ? "" : typed.strip().replace(",", ""));
            if (currency == null || amount.signum() <= 0) {
                errors.rejectValue("collectedAmount", "item.outcome.amountPositive");
                return null;
            }
            Money money = new Money(amount, currency);
            if (money.amount().compareTo(item.amount().amount()) > 0) {
                errors.rejectValue("collectedAmount", "item.outcome.amountAboveInvoice");
                return null;
            }
            return money;
        } catch (IllegalArgumentException e) {
            errors.rejectValue("collectedAmount", "item.outcome.amountFormat");
            return null;
        }
    }

    private Item current(long id, long version, SignedInUser me) {
        Item item = access.workable(id, me);
        if (item.version() != version) {
            throw new ConcurrentChangeException("item " + id);
        }
        return item;
    }
}
