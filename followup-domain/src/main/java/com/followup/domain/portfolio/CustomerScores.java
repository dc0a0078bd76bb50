package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Every score of one customer on one day, each explained by its factors. RFM and margin after service are null for
 * customers they cannot judge (never ordered; no known cost); the potential score is for B and C customers only.
 */
public record CustomerScores(long customerId, Segment segment, boolean leastProfitable, BigDecimal marginAfterService,
                             Integer recency, Integer frequency, Integer money, RfmGroup rfmGroup, Integer potential,
                             int health, Health.Band healthBand, boolean lapsed, boolean churned,
                             BigDecimal revenue12m, Map<Score, List<Factor>> factors) {

    /** The scores a customer's page explains, in the order it shows them. */
    public enum Score { ABC, COST, RFM, POTENTIAL, HEALTH, LAPSE }

    public CustomerScores {
        factors = Map.copyOf(factors);
    }

    /** Every factor as lines of text for storage: score|key|args. */
    public String writtenFactors() {
        StringBuilder text = new StringBuilder();
        for (Score score : Score.values()) {
            for (Factor factor : factors.getOrDefault(score, List.of())) {
                text.append(score).append('|').append(factor.written()).append('\n');
            }
        }
        return text.toString();
    }

    public static Map<Score, List<Factor>> readFactors(String written) {
        Map<Score, List<Factor>> factors = new java.util.EnumMap<>(Score.class);
        if (written == null) {
            return factors;
        }
        for (String line : written.split("\n")) {
            if (!line.isBlank()) {
                int bar = line.indexOf('|');
                factors.computeIfAbsent(Score.valueOf(line.substring(0, bar)), s -> new java.util.ArrayList<>())
                        .add(Factor.read(line.substring(bar + 1)));
            }
        }
        return factors;
    }
}
