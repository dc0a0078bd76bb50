package com.followup.web.followup;

import com.followup.domain.followup.DueFollowUps;

import java.time.Duration;
import java.time.Instant;

/**
 * Everything one row of My follow-ups reads, and nothing else: the row as read, whether its group is the overdue
 * one, and what the moment of the page makes of it (days late, past its deadline). The row's template reads no
 * "now" of its own, so that the same value always draws the same HTML ({@link DrawnRows}).
 */
record MyFollowUpRow(DueFollowUps.DueRow row, boolean late, long daysLate, boolean pastDeadline) {

    static MyFollowUpRow of(DueFollowUps.DueRow row, boolean late, Instant now) {
        return new MyFollowUpRow(row, late, late ? Duration.between(row.dueAt(), now).toDays() : 0,
                row.isPastDeadline(now));
    }

    /** A row as the list draws it: its HTML when it came from {@link DrawnRows}, none when the page draws it. */
    record Shown(MyFollowUpRow view, String html) {
    }
}
