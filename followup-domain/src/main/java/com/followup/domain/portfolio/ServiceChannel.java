package com.followup.domain.portfolio;

/** How a customer is served; each channel has a cost per order that directors enter (cost to serve). */
public enum ServiceChannel {
    VISIT, CALL, EMAIL, SELF_SERVICE
}
