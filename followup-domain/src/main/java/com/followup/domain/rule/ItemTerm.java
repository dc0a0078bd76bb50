package com.followup.domain.rule;

/** Where an item's own deadline comes from when the rule does not fix one. */
public enum ItemTerm {
    CREDIT_TERMS,
    DUE_DATE,
    PROMISED_DATE
}
