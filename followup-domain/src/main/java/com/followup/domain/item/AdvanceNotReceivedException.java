package com.followup.domain.item;

/** An order linked to an invoice that asks for an advance cannot go out before the advance arrives. */
public class AdvanceNotReceivedException extends IllegalStateException {

    public AdvanceNotReceivedException(Long deliveryId, Long invoiceId) {
        super("delivery " + deliveryId + " waits for the advance payment of invoice " + invoiceId);
    }
}
