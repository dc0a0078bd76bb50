package com.followup.domain.item;

import com.followup.domain.area.Area;
import com.followup.domain.rule.Outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** How an item ended, with what each ending needs to say. */
public sealed interface ItemOutcome {

    Outcome outcome();

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

    /** {@code overriddenBy} names the manager who let it go out before the advance payment arrived. */
    record Delivered(boolean complete, boolean correct, boolean onTime, String overriddenBy) implements ItemOutcome {
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
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return text.strip();
    }
}
