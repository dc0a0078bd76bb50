package com.followup.persistence;

/**
 * The portfolio's purpose of an item's rule in a read's column list, so that lists word a portfolio rule's topic in
 * the reader's language ({@code RulePurpose}); a subselect on the small {@code portfolio_rule} table's unique rule id,
 * null for rules people define.
 */
public final class RulePurposes {

    private RulePurposes() {
    }

    /** The column {@code rule_purpose} of the rule whose id is {@code ruleId} (an expression of the read). */
    public static String of(String ruleId) {
        return "(select pr.purpose from portfolio_rule pr where pr.rule_id = " + ruleId + ") as rule_purpose";
    }
}
