package com.followup.web.lead;

import com.followup.domain.lead.Lead;

import java.time.Duration;
import java.time.Instant;

/** A lead's countdown as the inbox shows it: its colour and the time left (or late) in days, hours and minutes. */
public record Countdown(Lead.Urgency urgency, String time, boolean late) {

    static Countdown of(Lead lead, Instant now) {
        Duration left = lead.timeLeft(now);
        boolean late = left.isNegative();
        return new Countdown(lead.urgency(now), compact(left.abs()), late);
    }

    /** Units that read the same in English and Spanish. */
    static String compact(Duration duration) {
        long minutes = Math.max(duration.toMinutes(), 0);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
        }
        return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
    }

    /** The badge's class: green while more than half the time is left, amber after, red when late, grey once answered. */
    public String badge() {
        return switch (urgency) {
            case ON_TRACK -> "badge-done";
            case HALF_GONE -> "badge-due-today";
            case BREACHED -> "badge-overdue";
            case ANSWERED -> "text-bg-light border";
        };
    }
}
