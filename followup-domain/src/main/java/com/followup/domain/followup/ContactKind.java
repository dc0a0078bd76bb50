package com.followup.domain.followup;

/** A first contact with a new prospect counts apart from following up an existing one. */
public enum ContactKind {
    FIRST_CONTACT,
    FOLLOW_UP
}
