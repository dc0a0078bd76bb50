package com.followup.domain.item;

import com.followup.domain.item.ItemDetails.AdministrationDetails;
import com.followup.domain.item.ItemDetails.OperationsDetails;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.TimeAllowed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an item must have its outcome: the rule's fixed period from the start, or the item's own term. A deadline is
 * stored as the first instant that no longer counts; people read it as {@link #lastDay} and, if any, {@link #timeOfDay}.
 */
public final class ItemDeadline {

    private ItemDeadline() {
    }

    static ZonedDateTime of(TimeAllowed timeAllowed, ItemDetails details, ZonedDateTime start) {
        TimeAllowed.Parts parts = timeAllowed.parts();
        return switch (parts.kind()) {
            case FIXED -> parts.unit().after(parts.amount(), start);
            case FROM_ITEM -> fromTerm(parts.term(), details, start);
        };
    }

    private static ZonedDateTime fromTerm(ItemTerm term, ItemDetails details, ZonedDateTime start) {
        ZoneId zone = start.getZone();
        switch (term) {
            case CREDIT_TERMS:
                if (details instanceof AdministrationDetails admin && admin.creditDays() != null) {
                    return start.plusDays(admin.creditDays());
                }
                throw new IllegalArgumentException("the rule takes the deadline from the credit days");
            case DUE_DATE:
                if (details instanceof AdministrationDetails admin && admin.dueDate() != null) {
                    return endOfDay(admin.dueDate(), zone);
                }
                throw new IllegalArgumentException("the rule takes the deadline from the due date");
            case PROMISED_DATE:
                if (details instanceof OperationsDetails ops && ops.promisedDate() != null) {
                    return endOfDay(ops.promisedDate(), zone);
                }
                throw new IllegalArgumentException("the rule takes the deadline from the promised date");
            default:
                throw new IllegalArgumentException("unknown term " + term);
        }
    }

    /** The last day that still counts: a deadline at midnight ends the day before. */
    public static LocalDate lastDay(Instant deadline, ZoneId zone) {
        return deadline.atZone(zone).minusNanos(1).toLocalDate();
    }

    /** The time a deadline falls at on its last day, or null when it runs to the end of that day. */
    public static LocalTime timeOfDay(Instant deadline, ZoneId zone) {
        LocalTime time = deadline.atZone(zone).toLocalTime();
        return time.equals(LocalTime.MIDNIGHT) ? null : time;
    }

    /** The last instant of a day: the start of the next one. */
    private static ZonedDateTime endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone);
    }
}
