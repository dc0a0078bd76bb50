package com.followup.domain.rule;

import com.followup.domain.area.Area;

import java.util.Arrays;
import java.util.List;

/** How an item under a rule ends; each area has its own. */
public enum Outcome {
    SOLD(Area.SALES),
    POSTPONED(Area.SALES, "until"),
    ELIMINATED(Area.SALES, "reason"),
    DELIVERED(Area.OPERATIONS, "complete", "correct", "deliveredOn"),
    CANCELLED(Area.OPERATIONS, "reason"),
    COLLECTED(Area.ADMINISTRATION, "collectedAmount", "inFull"),
    WRITTEN_OFF(Area.ADMINISTRATION, "reason");

    private final Area area;
    private final List<String> parts;

    Outcome(Area area, String... parts) {
        this.area = area;
        this.parts = List.of(parts);
    }

    /** The parts of an ending, by their names in an outcome draft, that this outcome asks for. */
    public List<String> parts() {
        return parts;
    }

    /** The outcomes that ask for a part, so a form shows the part only when one of them is chosen. */
    public static List<Outcome> askingFor(String part) {
        return Arrays.stream(values()).filter(outcome -> outcome.parts.contains(part)).toList();
    }

    public static List<Outcome> allowedIn(Area area) {
        return Arrays.stream(values()).filter(outcome -> outcome.area == area).toList();
    }
}
