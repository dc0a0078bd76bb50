package com.followup.domain.item;

import com.followup.domain.area.Area;

import java.time.LocalDate;

/** What only one area records about an item. */
public sealed interface ItemDetails {

    Area area();

    int MAX_RELATIONSHIP_START = 120;
    int MAX_INVOICE_NUMBER = 60;

    record SalesDetails(String relationshipStart, int rating, int conversionProbability, String stage)
            implements ItemDetails {
        public SalesDetails {
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating must be 1 to 5: " + rating);
            }
            if (conversionProbability < 0 || conversionProbability > 100) {
                throw new IllegalArgumentException("conversion probability must be 0 to 100: " + conversionProbability);
            }
        }

        public SalesDetails atStage(String newStage) {
            return new SalesDetails(relationshipStart, rating, conversionProbability, newStage);
        }

        @Override
        public Area area() { return Area.SALES; }
    }

    record OperationsDetails(LocalDate promisedDate, String delivered, Long linkedInvoiceItemId)
            implements ItemDetails {
        @Override
        public Area area() { return Area.OPERATIONS; }
    }

    record AdministrationDetails(String invoiceNumber, Integer creditDays, LocalDate dueDate, Money amountCollected,
                                 boolean advanceRequired, boolean advanceReceived) implements ItemDetails {
        public AdministrationDetails {
            if (creditDays != null && creditDays < 0) {
                throw new IllegalArgumentException("credit days must not be negative: " + creditDays);
            }
        }

        /** The invoice with {@code total} collected so far, in part. */
        public AdministrationDetails withCollected(Money total) {
            return new AdministrationDetails(invoiceNumber, creditDays, dueDate, total, advanceRequired, advanceReceived);
        }

        public AdministrationDetails withAdvanceReceived() {
            return new AdministrationDetails(invoiceNumber, creditDays, dueDate, amountCollected, advanceRequired, true);
        }

        @Override
        public Area area() { return Area.ADMINISTRATION; }
    }
}
