package com.followup.domain.account;

/**
 * What a person may do: directors define, managers review their areas, staff do the work. Marketing brings leads
 * in and sees every lead and the numbers both teams share, and works in no area: no Sales item is theirs to work.
 */
public enum Role {
    DIRECTOR,
    MANAGER,
    STAFF,
    MARKETING
}
