package com.followup.domain.lead;

/** How a lead came in: a website's form, a marketing tool's API call, typed in by a person, or a file. */
public enum LeadChannel {
    FORM,
    API,
    TYPED,
    FILE
}
