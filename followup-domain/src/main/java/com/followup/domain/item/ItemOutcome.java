package com.followup.domain.item;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.area.Area;
import com.followup.domain.rule.Outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How an item ended, with what each ending needs to say. */
public sealed interface ItemOutcome {

    int MAX_REASON = 1000;

    Outcome outcome();

    /** Everything wrong with an ending as typed for this item on {@code today}, each with its field. */
    static List<Violation> validate(OutcomeDraft draft, Item item, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        Outcome chosen = draft.outcome();
        if (chosen == null || !Outcome.allowedIn(item.area()).contains(chosen)) {
            violations.add(new Violation("outcome", "item.outcome.choose"));
        } else if (chosen == Outcome.POSTPONED && (draft.until() == null || !draft.until().isAfter(today))) {
            violations.add(new Violation("until", "item.outcome.untilAfterToday"));
        } else if (chosen == Outcome.COLLECTED) {
            collected(draft, item, violations);
        } else if (chosen == Outcome.ELIMINATED || chosen == Outcome.CANCELLED || chosen == Outcome.WRITTEN_OFF) {
            if (draft.reason() == null || draft.reason().isBlank()) {
                violations.add(new Violation("reason", "item.outcome.reasonRequired"));
            }
            Text.lines(draft.reason(), "reason", MAX_REASON, false, violations);
        } else if (chosen == Outcome.DELIVERED && draft.deliveredOn() == null) {
            violations.add(new Violation("deliveredOn", "item.outcome.deliveredOnRequired"));
        } else if (chosen == Outcome.DELIVERED && draft.deliveredOn().isAfter(today)) {
            violations.add(new Violation("deliveredOn", "item.outcome.deliveredOnFuture"));
        }
        return List.copyOf(violations);
    }

    /** The ending a draft without violations describes. */
    static ItemOutcome of(OutcomeDraft draft, Item item) {
        List<Violation> violations = new ArrayList<>();
        ItemOutcome outcome = switch (draft.outcome()) {
            case SOLD -> new Sold();
            case POSTPONED -> new Postponed(draft.until());
            case DELIVERED -> Delivered.on(draft.complete(), draft.correct(), draft.deliveredOn(), promisedDate(item), null);
            case COLLECTED -> new Collected(collected(draft, item, violations), draft.inFull());
            case ELIMINATED -> new Eliminated(draft.reason());
            case CANCELLED -> new Cancelled(draft.reason());
            case WRITTEN_OFF -> new WrittenOff(draft.reason());
        };
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid outcome: " + violations);
        }
        return outcome;
    }

    /**
     * The amount collected, in the invoice's currency, more than zero and never more than the balance still owed; less
     * than the balance is a collection in part (then "in full" cannot be ticked).
     */
    private static Money collected(OutcomeDraft draft, Item item, List<Violation> violations) {
        if (item.amount() == null) {
            violations.add(new Violation("collectedAmount", "item.outcome.amountPositive"));
            return null;
        }
        Money money = Money.parse(draft.collectedAmount(), item.amount().currency(), "collectedAmount", violations);
        if (money != null && money.isZero()) {
            violations.add(new Violation("collectedAmount", "item.outcome.amountPositive"));
        } else if (money != null && money.amount().compareTo(item.balance().amount()) > 0) {
            violations.add(new Violation("collectedAmount", "item.outcome.amountAboveInvoice",
                    List.of(item.balance().amount().toPlainString(), item.balance().currency().getCurrencyCode())));
        } else if (money != null && draft.inFull() && money.amount().compareTo(item.balance().amount()) < 0) {
            violations.add(new Violation("collectedAmount", "item.outcome.inFullIsTheBalance",
                    List.of(item.balance().amount().toPlainString(), item.balance().currency().getCurrencyCode())));
        } else {
            return money;
        }
        return null;
    }

    private static LocalDate promisedDate(Item item) {
        return item.details() instanceof ItemDetails.OperationsDetails ops ? ops.promisedDate() : null;
    }

    default Area area() {
        for (Area area : Area.values()) {
            if (Outcome.allowedIn(area).contains(outcome())) {
                return area;
            }
        }
        throw new IllegalStateException("no area for " + outcome());
    }

    /** What the timeline keeps of this outcome: its code, then what it says when it says more, e.g. [POSTPONED, 2026-12-01]. */
    default List<String> describe() {
        String code = outcome().name();
        if (this instanceof Postponed postponed) {
            return List.of(code, postponed.until().toString());
        } else if (this instanceof Eliminated eliminated) {
            return List.of(code, eliminated.reason());
        } else if (this instanceof Cancelled cancelled) {
            return List.of(code, cancelled.reason());
        } else if (this instanceof WrittenOff writtenOff) {
            return List.of(code, writtenOff.reason());
        } else if (this instanceof Collected collected) {
            return List.of(code, collected.amount().amount().toPlainString() + " " + collected.amount().currency()
                    + (collected.inFull() ? " IN_FULL" : " IN_PART"));
        } else if (this instanceof Delivered delivered) {
            return List.of(code, (delivered.complete() ? "COMPLETE" : "INCOMPLETE")
                    + (delivered.correct() ? " CORRECT" : " INCORRECT")
                    + (delivered.onTime() ? " ON_TIME" : " LATE")
                    + (delivered.overriddenBy() == null ? "" : " OVERRIDDEN_BY " + delivered.overriddenBy()));
        }
        return List.of(code);
    }

    record Sold() implements ItemOutcome {
        @Override
        public Outcome outcome() { return Outcome.SOLD; }
    }

    record Postponed(LocalDate until) implements ItemOutcome {
        public Postponed {
            Objects.requireNonNull(until, "until");
        }

        @Override
        public Outcome outcome() { return Outcome.POSTPONED; }
    }

    record Eliminated(String reason) implements ItemOutcome {
        public Eliminated {
            reason = requireText(reason, "reason");
        }

        @Override
        public Outcome outcome() { return Outcome.ELIMINATED; }
    }

    /**
     * {@code deliveredOn} is the day the person says the order went out (absent only on deliveries recorded before the
     * date was asked for, which keep the on-time flag they were recorded with); {@code overriddenBy} names the manager
     * who let it go out before the advance payment arrived.
     */
    record Delivered(boolean complete, boolean correct, LocalDate deliveredOn, boolean onTime, String overriddenBy)
            implements ItemOutcome {

        /** A delivery on {@code deliveredOn}, on time when that is on or before {@code promisedDate} (no promise: on time). */
        public static Delivered on(boolean complete, boolean correct, LocalDate deliveredOn, LocalDate promisedDate,
                                   String overriddenBy) {
            Objects.requireNonNull(deliveredOn, "deliveredOn");
            return new Delivered(complete, correct, deliveredOn, isOnTime(deliveredOn, promisedDate), overriddenBy);
        }

        /** On time is delivered on the promised day or before it, both days in the company's calendar. */
        public static boolean isOnTime(LocalDate deliveredOn, LocalDate promisedDate) {
            return promisedDate == null || !deliveredOn.isAfter(promisedDate);
        }

        /** The same delivery, let go out by {@code manager}. */
        public Delivered overriddenBy(String manager) {
            return new Delivered(complete, correct, deliveredOn, onTime, manager);
        }

        public boolean inFull() {
            return complete && correct;
        }

        @Override
        public Outcome outcome() { return Outcome.DELIVERED; }
    }

    record Cancelled(String reason) implements ItemOutcome {
        public Cancelled {
            reason = requireText(reason, "reason");
        }

        @Override
        public Outcome outcome() { return Outcome.CANCELLED; }
    }

    record Collected(Money amount, boolean inFull) implements ItemOutcome {
        public Collected {
            Objects.requireNonNull(amount, "amount");
        }

        @Override
        public Outcome outcome() { return Outcome.COLLECTED; }
    }

    record WrittenOff(String reason) implements ItemOutcome {
        public WrittenOff {
            reason = requireText(reason, "reason");
        }

        @Override
        public Outcome outcome() { return Outcome.WRITTEN_OFF; }
    }

    private static String requireText(String text, String name) {
        return Text.requireValid(text, name, MAX_REASON, true);
    }
}
