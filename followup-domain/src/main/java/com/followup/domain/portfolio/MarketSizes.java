package com.followup.domain.portfolio;

import com.followup.domain.Violation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The size of each segment's market in a year, as directors enter it (null: not entered), so that the dashboard shows
 * the share of it the company's customers buy.
 */
public record MarketSizes(Map<Segment, BigDecimal> perYear, long version) {

    public static final BigDecimal MOST = new BigDecimal("99999999999999.99");

    public MarketSizes {
        Map<Segment, BigDecimal> copy = new EnumMap<>(Segment.class);
        copy.putAll(perYear);
        perYear = java.util.Collections.unmodifiableMap(copy);
    }

    public BigDecimal of(Segment segment) {
        return perYear.get(segment);
    }

    /** Each size as typed must be empty or an amount above zero with at most two decimals; at field {@code <segment>Size}. */
    public static List<Violation> validate(Map<Segment, String> typed) {
        List<Violation> violations = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            String text = typed.getOrDefault(segment, "");
            if (text == null || text.isBlank()) {
                continue;
            }
            BigDecimal size = amount(text);
            if (size == null || size.signum() <= 0 || size.scale() > 2 || size.compareTo(MOST) > 0) {
                violations.add(new Violation(segment.name().toLowerCase(Locale.ROOT) + "Size", "portfolio.market.size"));
            }
        }
        return violations;
    }

    /** The sizes a valid form describes. */
    public static MarketSizes from(Map<Segment, String> typed, long version) {
        Map<Segment, BigDecimal> sizes = new EnumMap<>(Segment.class);
        typed.forEach((segment, text) -> {
            if (text != null && !text.isBlank()) {
                sizes.put(segment, amount(text));
            }
        });
        return new MarketSizes(sizes, version);
    }

    private static BigDecimal amount(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
