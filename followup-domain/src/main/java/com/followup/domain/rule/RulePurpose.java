package com.followup.domain.rule;

/**
 * What a rule the portfolio generated is for (the {@code portfolio_rule} table's purpose): serving one segment's
 * customers, or lapsed customers. Rules people define have none. Such a rule's topic, objective and stage are stored
 * in English as data; pages, CSVs and notices word them by this purpose in the reader's language. The portfolio's
 * {@code PortfolioPurpose} has the same names.
 */
public enum RulePurpose {
    SEGMENT_A, SEGMENT_B, SEGMENT_C, LAPSE;

    /** The purpose in a {@code portfolio_rule.purpose} column, null for rules people define. */
    public static RulePurpose ofColumn(String column) {
        return column == null ? null : valueOf(column);
    }

    /** What the items followed up under such a rule are for. */
    public ItemPurpose items() {
        return this == LAPSE ? ItemPurpose.LAPSE : ItemPurpose.SERVICE;
    }
}
