package com.followup.domain.lead;

/** Where a lead stands, in the words HubSpot users know: New, Attempting, Connected, then Qualified or Disqualified. */
public enum LeadStatus {
    NEW,
    ATTEMPTING,
    CONNECTED,
    QUALIFIED,
    DISQUALIFIED;

    /** Still waiting for a seller's answer: qualified and disqualified leads are done. */
    public boolean isOpen() {
        return this != QUALIFIED && this != DISQUALIFIED;
    }
}
