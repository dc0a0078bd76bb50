package com.followup.domain.measure;

/**
 * The follow-up of the follow-up: of the follow-ups that fell due in a period, how many were done by their
 * due moment. Those still overdue count as fallen due and not done, so leaving work undone never helps.
 */
public record Compliance(long doneOnTime, long doneLate, long stillOverdue) {

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

    public Compliance plus(Compliance other) {
        return new Compliance(doneOnTime + other.doneOnTime, doneLate + other.doneLate, stillOverdue + other.stillOverdue);
    }
}
