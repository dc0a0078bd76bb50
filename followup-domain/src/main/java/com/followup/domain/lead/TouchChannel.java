package com.followup.domain.lead;

/** How a seller tried to reach a lead. */
public enum TouchChannel {
    CALL,
    EMAIL,
    WHATSAPP,
    VISIT
}
