package com.followup.domain.lead;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One attempt to reach a lead: the channel, whether the person was reached, an optional note, who and when. */
public record Touch(TouchChannel channel, boolean reached, String note, long by, Instant at) {

    public static final int MAX_NOTE = 2000;

    public Touch {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        note = note == null || note.isBlank() ? null : Text.requireValid(note, "note", MAX_NOTE, true);
    }

    /** What is wrong with a touch as typed, by field. */
    public static List<Violation> validate(TouchChannel channel, String note) {
        List<Violation> violations = new ArrayList<>();
        if (channel == null) {
            violations.add(new Violation("channel", "field.choose"));
        }
        Text.lines(note, "note", MAX_NOTE, false, violations);
        return List.copyOf(violations);
    }
}
