package com.followup.domain.rule;

import java.time.Duration;
import java.time.ZonedDateTime;

/** How long an item under a rule may take: a fixed period from its start, or a term each item carries. */
public sealed interface TimeAllowed {

    /** The kinds of time allowed. Switch over a time allowed's kind, so a new one is handled everywhere. */
    enum Kind { FIXED, FROM_ITEM }

    /** A time allowed as a form or a row holds it: {@code amount} and {@code unit} when fixed, {@code term} when from the item. */
    record Parts(Kind kind, Integer amount, PeriodUnit unit, ItemTerm term) {

        /** The time allowed these parts make; null without a kind or without a part the kind needs. */
        public TimeAllowed toTimeAllowed() {
            if (kind == null) {
                return null;
            }
            return switch (kind) {
                case FIXED -> amount == null || unit == null ? null : new FixedPeriod(amount, unit);
                case FROM_ITEM -> term == null ? null : new FromItem(term);
            };
        }
    }

    /** This time allowed taken apart; {@link Parts#toTimeAllowed()} builds it again. */
    Parts parts();

    record FixedPeriod(int amount, PeriodUnit unit) implements TimeAllowed {

        @Override
        public Parts parts() {
            return new Parts(Kind.FIXED, amount, unit, null);
        }

        /** Minutes and hours run on the clock; days, weeks and months on the calendar of the start's zone. */
        public ZonedDateTime deadlineFrom(ZonedDateTime start) {
            return unit.after(amount, start);
        }

        /** The shortest this period can be, for comparing it with a frequency (a month is at least 28 days). */
        public Duration shortest() {
            return unit.shortest(amount);
        }
    }

    record FromItem(ItemTerm term) implements TimeAllowed {

        @Override
        public Parts parts() {
            return new Parts(Kind.FROM_ITEM, null, null, term);
        }
    }
}
