package com.followup.domain.dashboard;

/**
 * A seller's numbers for a period, counted so that they cannot be gamed by logging easy contacts:
 * the close rate is sales over distinct prospects worked, not over contacts. The sales are those of the prospects
 * worked in the period (sold by its end), never a sale of a prospect the period does not count.
 */
public record SalesFigures(long contacts, long distinctProspects, long salesClosed, long firstContacts) {

    public SalesFigures {
        if (contacts < 0 || distinctProspects < 0 || salesClosed < 0 || firstContacts < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (distinctProspects > contacts || firstContacts > contacts) {
            throw new IllegalArgumentException("every prospect and first contact is also a contact");
        }
        if (salesClosed > distinctProspects) {
            throw new IllegalArgumentException("the prospects sold are among the prospects worked");
        }
    }

    /** 15 prospects worked and 10 closed is 67%, however many contacts it took. */
    public Ratio closeRatePerUniqueProspect() {
        return new Ratio(salesClosed, distinctProspects);
    }

    /** Contacts per prospect: 60 contacts over 15 prospects is 4. */
    public Ratio contactsPerProspect() {
        return new Ratio(contacts, distinctProspects);
    }

    /** The misleading figure, kept only to show the difference: 10 sales of 60 contacts is 17%. */
    public Ratio closeRatePerContact() {
        return new Ratio(salesClosed, contacts);
    }

    public long followUpContacts() {
        return contacts - firstContacts;
    }
}
