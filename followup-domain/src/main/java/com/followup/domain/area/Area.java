package com.followup.domain.area;

/**
 * The three areas of a company whose follow-up differs in goal and audience.
 * They are values, not modules: every rule, item and board names one.
 */
public enum Area {
    SALES,
    OPERATIONS,
    ADMINISTRATION
}
