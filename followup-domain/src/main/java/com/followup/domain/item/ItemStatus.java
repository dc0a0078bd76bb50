package com.followup.domain.item;

public enum ItemStatus {
    OPEN,
    POSTPONED,
    CLOSED
}
