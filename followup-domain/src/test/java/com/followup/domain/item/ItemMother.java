package com.followup.domain.item;

import com.followup.domain.followup.Channel;
import com.followup.domain.followup.CheckOff;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemDetails.AdministrationDetails;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.item.ItemDetails.SalesDetails;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RuleStatus;
import com.followup.domain.rule.TimeAllowed;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Rules and items of the source articles, in Madrid, starting on Monday 2 March 2026 at 10:00. */
final class ItemMother {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZonedDateTime MONDAY_10 = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, MADRID);
    static final long SELLER = 7L;

    private ItemMother() {
    }

    static FollowUpRule rule(Area area, TimeAllowed timeAllowed, Frequency frequency, List<String> stages) {
        RuleDraft draft = new RuleDraft(area, "Topic", "Objective", timeAllowed, frequency,
                new RuleOwner.AreaRole("owner"), new ReportedIn("board", null), 1L, Duration.ofDays(2), stages);
        return FollowUpRule.restore(11L, 3L, draft, RuleStatus.ACTIVE);
    }

    static FollowUpRule salesRule() {
        return rule(Area.SALES, new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                List.of("First meeting", "Proposal", "Negotiation"));
    }

    static FollowUpRule hourlySalesRule() {
        return rule(Area.SALES, new TimeAllowed.FixedPeriod(2, PeriodUnit.DAYS), new Frequency.EveryNHours(4, false),
                List.of("Lead"));
    }

    static FollowUpRule operationsRule() {
        return rule(Area.OPERATIONS, new TimeAllowed.FromItem(ItemTerm.PROMISED_DATE),
                new Frequency.EveryNDays(2, true), List.of());
    }

    static FollowUpRule collectionsRule() {
        return rule(Area.ADMINISTRATION, new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS),
                new Frequency.EveryNWeeks(1, true), List.of());
    }

    static SalesDetails salesDetails() {
        return new SalesDetails("2026-01", 3, 40, null);
    }

    static OperationsDetails orderDetails(Long linkedInvoiceId) {
        return new OperationsDetails(LocalDate.of(2026, 3, 20), null, linkedInvoiceId);
    }

    static AdministrationDetails invoiceDetails(boolean advanceRequired, boolean advanceReceived) {
        return new AdministrationDetails("F-001", 30, null, null, advanceRequired, advanceReceived);
    }

    static Item open(FollowUpRule rule, ItemDetails details) {
        return Item.open(rule, "Deal with Acme", Counterpart.named("Acme"), SELLER, Money.of("1200", "EUR"),
                details, MONDAY_10, SELLER);
    }

    static Item prospect() {
        return open(salesRule(), salesDetails());
    }

    static Item order() {
        return open(operationsRule(), orderDetails(null));
    }

    static Item invoice() {
        return open(collectionsRule(), invoiceDetails(false, false));
    }

    /** An item as read back from storage with an id, so that links between items can be checked. */
    static Item saved(Item item, long id) {
        return Item.restore(id, 1, item.ruleId(), item.ruleRevision(), item.area(), item.title(), item.counterpart(),
                item.ownerId(), item.amount(), item.startedAt(), item.deadline(), item.details(), item.status(),
                item.outcome(), item.nextDueAt(), item.lastInteractionAt(), item.escalatedAt(), item.followUpsDone(),
                item.closedAt(), item.countedDueAt(), item.purpose());
    }

    static CheckOff call(java.time.Instant doneAt) {
        return new CheckOff(UUID.randomUUID(), SELLER, doneAt, Channel.CALL, 15, "spoke to Ana", "Interested", null);
    }

    static CheckOff callChoosingNext(java.time.Instant doneAt, java.time.Instant nextDueAt) {
        return new CheckOff(UUID.randomUUID(), SELLER, doneAt, Channel.CALL, 15, null, "Call back", nextDueAt);
    }
}
