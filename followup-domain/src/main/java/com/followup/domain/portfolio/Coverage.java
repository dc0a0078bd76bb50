package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coverage of one segment: of its customers, how many were contacted within their rhythm (a follow-up done on an item
 * of theirs since {@link ServiceMatrix#coveredSince}). The follow-up of the follow-up, for the portfolio.
 */
public record Coverage(Segment segment, int everyDays, long customers, long covered) {

    /** Covered customers as a whole percentage of the segment's; null for a segment without customers. */
    public Integer percent() {
        if (customers == 0) {
            return null;
        }
        return BigDecimal.valueOf(covered * 100).divide(BigDecimal.valueOf(customers), 0, RoundingMode.HALF_UP).intValue();
    }

    public long uncovered() {
        return customers - covered;
    }
}
