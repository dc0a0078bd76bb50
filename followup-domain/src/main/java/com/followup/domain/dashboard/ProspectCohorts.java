package com.followup.domain.dashboard;

/**
 * The prospects worked in a period, split as the sources ask: new ones (first contacted in the period: nobody
 * contacted them before it) and existing ones, each with its contacts, its prospects sold by the period's end and
 * its close rate.
 */
public record ProspectCohorts(SalesFigures fresh, SalesFigures existing) {

    public SalesFigures all() {
        return new SalesFigures(fresh.contacts() + existing.contacts(),
                fresh.distinctProspects() + existing.distinctProspects(), fresh.salesClosed() + existing.salesClosed(),
                fresh.firstContacts() + existing.firstContacts());
    }
}
