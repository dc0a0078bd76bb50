package com.followup.domain.item;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemDetails.AdministrationDetails;
import com.followup.domain.item.ItemDetails.OperationsDetails;

/**
 * Administration makes sure the advance arrived before delivery: a delivery linked to an invoice that
 * requires an advance goes out only once it is received, or when a manager of Operations (or a director)
 * overrides, naming themself in {@link ItemOutcome.Delivered#overriddenBy()}.
 */
public final class AdvancePaymentCheck {

    private AdvancePaymentCheck() {
    }

    public static boolean allowsDelivery(Item delivery, Item linkedInvoice, ItemOutcome.Delivered delivered,
                                         UserAccount actor) {
        if (!(delivery.details() instanceof OperationsDetails ops) || ops.linkedInvoiceItemId() == null) {
            return true;
        }
        if (linkedInvoice == null || !ops.linkedInvoiceItemId().equals(linkedInvoice.id())) {
            throw new IllegalArgumentException("delivery " + delivery.id() + " is linked to invoice "
                    + ops.linkedInvoiceItemId() + ", not " + (linkedInvoice == null ? null : linkedInvoice.id()));
        }
        AdministrationDetails invoice = (AdministrationDetails) linkedInvoice.details();
        if (!invoice.advanceRequired() || invoice.advanceReceived()) {
            return true;
        }
        return delivered.overriddenBy() != null
                && delivered.overriddenBy().equals(actor.username())
                && (actor.role() == Role.MANAGER || actor.role() == Role.DIRECTOR)
                && actor.worksIn(Area.OPERATIONS);
    }
}
