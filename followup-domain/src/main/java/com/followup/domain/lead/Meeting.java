package com.followup.domain.lead;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A meeting booked with a lead: when, with whom, who booked it, and whether it was held or cancelled. */
public record Meeting(Long id, long leadId, Instant when, String withWhom, MeetingStatus status, long bookedBy,
                     Instant bookedAt) {

    public static final int MAX_WITH_WHOM = 200;

    public Meeting {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(status, "status");
        withWhom = Text.requireValid(withWhom, "withWhom", MAX_WITH_WHOM, false);
    }

    /** What is wrong with a meeting as typed, by field; a meeting is booked from now on, not in the past. */
    public static List<Violation> validate(Instant when, String withWhom, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (when == null) {
            violations.add(new Violation("when", "field.required"));
        } else if (when.isBefore(now.minusSeconds(24 * 3600))) {
            violations.add(new Violation("when", "lead.meeting.past"));
        }
        Text.required(withWhom, "withWhom", MAX_WITH_WHOM, violations);
        return List.copyOf(violations);
    }

    /** Held or cancelled, once: a meeting already settled is not settled again. */
    public Meeting settle(MeetingStatus outcome) {
        if (status != MeetingStatus.BOOKED || outcome == MeetingStatus.BOOKED) {
            throw new IllegalStateException("meeting " + id + " is " + status);
        }
        return new Meeting(id, leadId, when, withWhom, outcome, bookedBy, bookedAt);
    }
}
