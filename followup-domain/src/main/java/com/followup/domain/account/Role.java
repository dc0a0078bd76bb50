package com.followup.domain.account;

/** What a person may do: directors define, managers review their areas, staff do the work. */
public enum Role {
    DIRECTOR,
    MANAGER,
    STAFF
}
