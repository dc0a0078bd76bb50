package com.followup.domain.rule;

public enum RuleStatus {
    ACTIVE,
    ARCHIVED
}
