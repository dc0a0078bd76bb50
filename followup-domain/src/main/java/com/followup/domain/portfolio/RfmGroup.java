package com.followup.domain.portfolio;

/** Named groups of recency, frequency and money that people understand; how each is reached is {@link Rfm#group}. */
public enum RfmGroup {
    CHAMPIONS, LOYAL, NEW, NEEDS_ATTENTION, AT_RISK, CANT_LOSE, HIBERNATING
}
