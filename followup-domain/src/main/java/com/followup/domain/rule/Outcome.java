package com.followup.domain.rule;

import com.followup.domain.area.Area;

import java.util.Arrays;
import java.util.List;

/** How an item under a rule ends; each area has its own. */
public enum Outcome {
    SOLD(Area.SALES),
    POSTPONED(Area.SALES),
    ELIMINATED(Area.SALES),
    DELIVERED(Area.OPERATIONS),
    CANCELLED(Area.OPERATIONS),
    COLLECTED(Area.ADMINISTRATION),
    WRITTEN_OFF(Area.ADMINISTRATION);

    private final Area area;

    Outcome(Area area) {
        this.area = area;
    }

    public static List<Outcome> allowedIn(Area area) {
        return Arrays.stream(values()).filter(outcome -> outcome.area == area).toList();
    }
}
