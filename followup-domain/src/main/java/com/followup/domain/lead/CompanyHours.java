package com.followup.domain.lead;

import com.followup.domain.Violation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The company's working hours as directors set them: a time zone (null: the application's), opening and closing
 * times, working days, and whether a lead left unanswered for twice its deadline moves on by itself.
 */
public record CompanyHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days, boolean autoReassign,
                           long version) {

    public static final int MAX_ZONE = 60;

    public CompanyHours {
        days = Set.copyOf(days);
    }

    /** What is wrong with hours as typed: a zone the world knows, opening before closing, at least one day. */
    public static List<Violation> validate(String zone, LocalTime opens, LocalTime closes, Collection<DayOfWeek> days) {
        List<Violation> violations = new ArrayList<>();
        if (zone != null && !zone.isBlank()) {
            if (zone.strip().length() > MAX_ZONE) {
                violations.add(new Violation("zone", "field.tooLong", List.of(MAX_ZONE)));
            } else if (parse(zone) == null) {
                violations.add(new Violation("zone", "leadSettings.zone.unknown"));
            }
        }
        if (opens == null) {
            violations.add(new Violation("opens", "field.required"));
        }
        if (closes == null) {
            violations.add(new Violation("closes", "field.required"));
        } else if (opens != null && !opens.isBefore(closes)) {
            violations.add(new Violation("closes", "leadSettings.closesAfterOpening"));
        }
        if (days == null || days.isEmpty()) {
            violations.add(new Violation("days", "leadSettings.days.required"));
        }
        return List.copyOf(violations);
    }

    /** The zone typed, or null when it names none ("Mexico/Nowhere", "+99:00"). */
    public static ZoneId parse(String zone) {
        try {
            return zone == null || zone.isBlank() ? null : ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The clock deadlines run on; {@code applicationZone} when no zone is set. */
    public BusinessHours businessHours(ZoneId applicationZone) {
        return new BusinessHours(zone != null ? zone : applicationZone, opens, closes, days);
    }
}
