package com.followup.domain.measure;

/**
 * The follow-up of the follow-up: of the follow-ups that fell due in a period, how many were done by their
 * due moment. Those still overdue count as fallen due and not done, so leaving work undone never helps.
 */
public record Compliance(long doneOnTime, long doneLate, long stillOverdue) {

    /** Below this share of follow-ups on time, an area is shown as behind. */
    public static final int EXPECTED_ON_TIME_PERCENT = 80;

    public Compliance {
        if (doneOnTime < 0 || doneLate < 0 || stillOverdue < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public long fellDue() {
        return doneOnTime + doneLate + stillOverdue;
    }

    public Ratio onTimeRate() {
        return new Ratio(doneOnTime, fellDue());
    }

    /** Behind when the on-time rate, rounded, is under the expected share; no data is not behind. */
    public boolean behind() {
        return onTimeRate().percent().map(percent -> percent < EXPECTED_ON_TIME_PERCENT).orElse(false);
    }

    public Compliance plus(Compliance other) {
        return new Compliance(doneOnTime + other.doneOnTime, doneLate + other.doneLate, stillOverdue + other.stillOverdue);
    }
}
