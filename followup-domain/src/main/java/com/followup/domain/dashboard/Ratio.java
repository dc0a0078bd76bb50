package com.followup.domain.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A share of a whole, such as 10 sales of 15 prospects. With nothing to divide by there is no data, not zero. */
public record Ratio(long part, long whole) {

    public Ratio {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("a ratio counts things: " + part + "/" + whole);
        }
    }

    public boolean hasData() {
        return whole > 0;
    }

    /** The share as a percentage rounded half up to whole numbers, e.g. 67 for 10 of 15; empty without data. */
    public Optional<Integer> percent() {
        return hasData() ? Optional.of(percent(0).intValueExact()) : Optional.empty();
    }

    public BigDecimal percent(int decimals) {
        if (!hasData()) {
            throw new IllegalStateException("no data to take a share of");
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP);
    }

    /** How many parts per whole, e.g. 4 contacts per prospect; empty without data. */
    public Optional<BigDecimal> perWhole(int decimals) {
        return hasData()
                ? Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), decimals, RoundingMode.HALF_UP))
                : Optional.empty();
    }
}
