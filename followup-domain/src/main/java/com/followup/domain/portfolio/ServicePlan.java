package com.followup.domain.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the service matrix asks of each customer's follow-ups: one open service item, under the rule of their
 * segment as it stands, due by the segment's rhythm. A customer without one gets one; a customer whose segment or
 * rhythm changed has theirs moved to the rule of today, keeping everything done on it.
 */
public final class ServicePlan {

    /** A scored customer: their segment today, the last day anyone followed up an item of theirs, their open service item. */
    public record Customer(long customerId, String name, long ownerId, Segment segment, LocalDate lastContact,
                           OpenItem openItem) {
    }

    /** A customer's service item not yet closed: the rule revision it follows and when its next follow-up is due. */
    public record OpenItem(long itemId, long ruleId, long ruleRevision, boolean postponed, Instant nextDueAt) {
    }

    /** A rule as it stands: the revision new and moved items follow. */
    public record RuleVersion(long ruleId, long version) {
    }

    /** Open a service item under {@code rule}, first due on {@code dueOn}. */
    public record Open(Customer customer, RuleVersion rule, LocalDate dueOn) {
    }

    /**
     * Move the customer's item to {@code rule}, the rule of {@code segment} every {@code everyDays} days; its next
     * follow-up to {@code dueOn}, or where it is when null (postponed, or already overdue: moving hides no lateness).
     */
    public record Move(Customer customer, RuleVersion rule, Segment segment, int everyDays, LocalDate dueOn) {
    }

    public record Steps(List<Open> opens, List<Move> moves) {
    }

    private ServicePlan() {
    }

    public static Steps plan(ServiceMatrix matrix, Map<Segment, RuleVersion> rules, List<Customer> customers,
                             LocalDate today, Instant now) {
        List<Open> opens = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        for (Customer customer : customers) {
            RuleVersion rule = rules.get(customer.segment());
            LocalDate due = matrix.nextContactDue(customer.segment(), customer.lastContact(), today);
            OpenItem item = customer.openItem();
            if (item == null) {
                opens.add(new Open(customer, rule, due));
            } else if (item.ruleId() != rule.ruleId() || item.ruleRevision() != rule.version()) {
                boolean keepDue = item.postponed() || item.nextDueAt().isBefore(now);
                moves.add(new Move(customer, rule, customer.segment(), matrix.level(customer.segment()).everyDays(),
                        keepDue ? null : due));
            }
        }
        return new Steps(List.copyOf(opens), List.copyOf(moves));
    }
}
