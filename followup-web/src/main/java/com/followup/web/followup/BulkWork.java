package com.followup.web.followup;

import com.followup.domain.item.Item;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.web.account.SignedInUser;
import com.followup.web.item.BulkFormData;
import com.followup.web.item.BulkResult;
import com.followup.web.item.ItemWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.ObjectError;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A manager's change to several items at once, in one transaction, through the same steps as one item's reassign
 * and reschedule. Each item is checked first, so one that cannot be changed is reported and the others still are:
 * an item outside the areas the person manages, closed, or changed since the list was drawn.
 */
@Service
class BulkWork {

    private final Items items;
    private final ItemWork work;
    private final Rescheduling rescheduling;

    BulkWork(Items items, ItemWork work, Rescheduling rescheduling) {
        this.items = items;
        this.work = work;
        this.rescheduling = rescheduling;
    }

    @Transactional
    public BulkResult reassign(List<BulkFormData.Chosen> chosen, long ownerId, SignedInUser me) {
        int done = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (BulkFormData.Chosen one : chosen) {
            Optional<BulkResult.Refusal> refusal = refusal(one, me, item -> item.ownerId() == ownerId, "item.bulk.already.owner");
            if (refusal.isEmpty() && !work.reassign(one.id(), one.version(), ownerId, me)) {
                refusal = refused(one, "item.bulk.refused.ownerOutsideArea");
            }
            if (refusal.isPresent()) {
                refused.add(refusal.get());
            } else {
                done++;
            }
        }
        return new BulkResult("item.bulk.reassigned", done, refused);
    }

    @Transactional
    public BulkResult reschedule(List<BulkFormData.Chosen> chosen, BulkFormData form, SignedInUser me) {
        int done = 0;
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (BulkFormData.Chosen one : chosen) {
            Optional<BulkResult.Refusal> refusal = refusal(one, me, item -> item.nextDueAt() != null
                    && item.nextDueAt().atZone(item.zone()).toLocalDate().equals(form.chosenDay()), "item.bulk.already.day");
            if (refusal.isEmpty()) {
                RescheduleFormData single = new RescheduleFormData();
                single.setVersion(one.version());
                single.setDay(form.chosenDay());
                single.setReason(form.getReason());
                Errors errors = new BeanPropertyBindingResult(single, "reschedule");
                rescheduling.reschedule(one.id(), single, errors, me);
                refusal = errors.getAllErrors().stream().findFirst().map(ObjectError::getCode)
                        .flatMap(code -> refused(one, code));
            }
            if (refusal.isPresent()) {
                refused.add(refusal.get());
            } else {
                done++;
            }
        }
        return new BulkResult("item.bulk.rescheduled", done, refused);
    }

    /**
     * Why the chosen item cannot be changed by this person as it was shown, if it cannot. An item already as asked
     * (the same form sent twice, or someone did it first) is said to be so, and left as it is.
     */
    private Optional<BulkResult.Refusal> refusal(BulkFormData.Chosen one, SignedInUser me, Predicate<Item> alreadyDone,
                                                 String alreadyKey) {
        Optional<Item> found = items.findById(one.id()).filter(item -> me.actor().canSee(item.area()));
        if (found.isEmpty()) {
            return Optional.of(new BulkResult.Refusal(one.id(), "#" + one.id(), null, "item.bulk.refused.notFound"));
        }
        Item item = found.get();
        String reason = !me.actor().canManage(item.area()) ? "item.bulk.refused.notManaged"
                : item.status() == ItemStatus.CLOSED ? "item.bulk.refused.closed"
                : alreadyDone.test(item) ? alreadyKey
                : item.version() != one.version() ? "item.bulk.refused.changed"
                : null;
        return Optional.ofNullable(reason).map(key -> new BulkResult.Refusal(item.id(), item.title(), item.purpose(), key));
    }

    private Optional<BulkResult.Refusal> refused(BulkFormData.Chosen one, String reasonKey) {
        Item item = items.findById(one.id()).orElseThrow();
        return Optional.of(new BulkResult.Refusal(item.id(), item.title(), item.purpose(), reasonKey));
    }
}
