package com.followup.domain.rule;

/**
 * What an item the portfolio generated is for: serving a customer at their segment's rhythm, or asking a lapsed
 * customer why no order came. Items people open have none. Such an item is named, and its ending worded, by its
 * purpose in the reader's language, not by its stored title; it is closed as won back or lost, never sold.
 */
public enum ItemPurpose {
    SERVICE, LAPSE;

    /** The purpose in an item's {@code portfolio_purpose} column, null for items people open. */
    public static ItemPurpose ofColumn(String column) {
        return column == null ? null : valueOf(column);
    }
}
