package com.followup.domain.rule;

import com.followup.domain.area.Area;

/** Where an item's own deadline comes from when the rule does not fix one. */
public enum ItemTerm {
    CREDIT_TERMS(Area.ADMINISTRATION),
    DUE_DATE(Area.ADMINISTRATION),
    PROMISED_DATE(Area.OPERATIONS);

    private final Area area;

    ItemTerm(Area area) {
        this.area = area;
    }

    public boolean fits(Area area) {
        return this.area == area;
    }
}
