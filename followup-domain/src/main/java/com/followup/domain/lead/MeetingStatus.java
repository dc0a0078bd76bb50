package com.followup.domain.lead;

/** A meeting is booked, then held or cancelled: "meetings booked" is the number sales and marketing share. */
public enum MeetingStatus {
    BOOKED,
    HELD,
    CANCELLED
}
