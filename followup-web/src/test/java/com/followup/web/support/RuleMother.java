package com.followup.web.support;

import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import org.springframework.boot.test.context.TestComponent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes KPIs and rules for tests, each with a topic of its own. */
@TestComponent
public class RuleMother {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Kpis kpis;
    private final FollowUpRules rules;
    private final Items items;
    private final Clock clock;

    RuleMother(Kpis kpis, FollowUpRules rules, Items items, Clock clock) {
        this.kpis = kpis;
        this.rules = rules;
        this.items = items;
        this.clock = clock;
    }

    public Kpi kpi(Area area) {
        return kpis.save(Kpi.define(area, "KPI " + COUNTER.incrementAndGet(), "sales", BigDecimal.TEN, KpiPeriod.MONTH));
    }

    public FollowUpRule salesRule(String topic) {
        return rules.save(FollowUpRule.define(new RuleDraft(Area.SALES, topic, "Close the sale",
                new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), kpi(Area.SALES).id(),
                Duration.ofDays(2), List.of("First meeting", "Proposal", "Negotiation"))), "diana", List.of());
    }

    /** A prospect owned by {@code ownerId}, started {@code ago} before now: its first contact is due at its start. */
    public Item prospect(long ownerId, Duration ago) {
        return items.save(Item.open(salesRule(uniqueTopic("Prospects")), uniqueTopic("Prospect"), Counterpart.named("ACME"),
                ownerId, null, new ItemDetails.SalesDetails("Referral", 3, 50, null),
                ZonedDateTime.now(clock).minus(ago), ownerId));
    }

    public FollowUpRule operationsRule() {
        return rules.save(FollowUpRule.define(new RuleDraft(Area.OPERATIONS, uniqueTopic("Deliveries"), "Deliver in full",
                new TimeAllowed.FromItem(ItemTerm.PROMISED_DATE), new Frequency.EveryNDays(2, false),
                new RuleOwner.AreaRole("purchasing"), new ReportedIn("the ERP", null), kpi(Area.OPERATIONS).id(),
                Duration.ofDays(2), List.of())), "diana", List.of());
    }

    public FollowUpRule collectionsRule() {
        return rules.save(FollowUpRule.define(new RuleDraft(Area.ADMINISTRATION, uniqueTopic("Collections"), "Collect",
                new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("collections"), new ReportedIn("the ledger", null), kpi(Area.ADMINISTRATION).id(),
                Duration.ofDays(2), List.of())), "diana", List.of());
    }

    /** An invoice of 1000.00 MXN on 30 days' credit, started a day ago. */
    public Item invoice(long ownerId, boolean advanceRequired) {
        return items.save(Item.open(collectionsRule(), uniqueTopic("Invoice"), Counterpart.named("ACME"), ownerId,
                Money.of("1000.00", "MXN"), new ItemDetails.AdministrationDetails("F-" + COUNTER.incrementAndGet(), 30,
                        null, null, advanceRequired, false), ZonedDateTime.now(clock).minusDays(1), ownerId));
    }

    /** A delivery promised in five days, linked to {@code invoiceId} when it is not null. */
    public Item delivery(long ownerId, Long invoiceId) {
        return delivery(ownerId, invoiceId, ZonedDateTime.now(clock).toLocalDate().plusDays(5));
    }

    /** A delivery promised for {@code promisedDate}, as one opened before the promise was refused when already past. */
    public Item delivery(long ownerId, Long invoiceId, LocalDate promisedDate) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return items.save(Item.open(operationsRule(), uniqueTopic("Order"), Counterpart.named("Aceros"), ownerId, null,
                new ItemDetails.OperationsDetails(promisedDate, null, invoiceId), now.minusDays(1),
                ownerId));
    }

    public static String uniqueTopic(String prefix) {
        return prefix + " " + COUNTER.incrementAndGet();
    }
}
