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
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.OutcomeDraft;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import com.followup.web.portfolio.CustomersFromSales;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to an item other than checking off: stage moves, reassignment, the advance payment and the outcome.
 * Each is refused when the item changed since the person saw it, and each is saved with its timeline line.
 */
@Service
public class ItemWork {

    private final Items items;
    private final FollowUps followUps;
    private final ItemAccess access;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final CustomersFromSales customersFromSales;
    private final Clock clock;

    ItemWork(Items items, FollowUps followUps, ItemAccess access, FollowUpRules rules, UserAccounts accounts,
             CustomersFromSales customersFromSales, Clock clock) {
        this.customersFromSales = customersFromSales;
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

    /**
     * Closes, postpones or delivers the item, or says next to each field what is missing; a form with any error,
     * one that could not even be read included, changes nothing.
     */
    @Transactional
    public void close(long id, OutcomeFormData form, Errors errors, SignedInUser me) {
        Item item = current(id, form.getVersion(), me);
        if (item.status() == ItemStatus.CLOSED) {
            errors.reject("item.notPossible");
            return;
        }
        OutcomeDraft draft = form.toDraft();
        FormErrors.report(ItemOutcome.validate(draft, item, clock.instant().atZone(item.zone()).toLocalDate()), errors);
        if (errors.hasErrors()) {
            return;
        }
        ItemOutcome outcome = ItemOutcome.of(draft, item);
        if (outcome instanceof ItemOutcome.Delivered delivered
                && item.details() instanceof OperationsDetails ops && ops.linkedInvoiceItemId() != null) {
            Item invoice = items.findById(ops.linkedInvoiceItemId()).orElseThrow();
            UserAccount actor = accounts.findById(me.id()).orElseThrow();
            if (!AdvancePaymentCheck.allowsDelivery(item, invoice, delivered, actor)) {
                ItemOutcome.Delivered overridden = delivered.overriddenBy(me.username());
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
        if (outcome instanceof ItemOutcome.Sold) {
            customersFromSales.sold(item, me.id());
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
