package com.followup.domain.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** The items the portfolio generates: a service item per customer and a lapse item per lapse. */
public interface ServiceItems {

    /** A lapsed customer with no item yet for this lapse: the day of their last order names the lapse. */
    record Lapsed(long customerId, String name, long ownerId, LocalDate lastOrder) {
    }

    /**
     * Waits until no other generation runs (another instance, or the matrix saved during the nightly run) and holds
     * the turn until the transaction ends, so the second finds the work done.
     */
    void takeTurn();

    /** Every scored customer with their segment, last contact and open service item, in one read. */
    List<ServicePlan.Customer> customers();

    /** Opens the service items, each due on its day at the time of {@code at}; returns how many were opened. */
    int open(List<ServicePlan.Open> opens, String stage, ZonedDateTime at, ZonedDateTime deadline);

    /** Moves service items to the rule of their customer's segment, each with a line on its timeline. */
    int move(List<ServicePlan.Move> moves, Instant at);

    List<Lapsed> lapsedWithoutItem();

    /** Opens a lapse item for each, due at once; returns how many were opened. */
    int openLapses(List<Lapsed> lapsed, ServicePlan.RuleVersion rule, String stage, ZonedDateTime at, ZonedDateTime deadline);
}
