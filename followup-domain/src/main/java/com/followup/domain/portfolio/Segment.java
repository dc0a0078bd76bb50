package com.followup.domain.portfolio;

/** Value today: A make the first share of revenue (or margin), B the next, C the rest. */
public enum Segment {
    A, B, C
}
