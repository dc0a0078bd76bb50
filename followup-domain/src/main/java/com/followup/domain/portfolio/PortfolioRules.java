package com.followup.domain.portfolio;

import java.util.Map;
import java.util.Optional;

/** Which follow-up rule serves each portfolio purpose; each purpose has one rule, linked once. */
public interface PortfolioRules {

    Map<PortfolioPurpose, Long> ruleIds();

    /** Links the rule to its purpose; false when another rule already has it (someone linked one first). */
    boolean link(PortfolioPurpose purpose, long ruleId);

    Optional<PortfolioPurpose> purposeOf(long ruleId);
}
