package com.followup.domain.portfolio;

import com.followup.domain.Violation;
import com.followup.domain.rule.Frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each segment is served, as directors set it: the channel and the rhythm, the most days between two contacts.
 * Every customer is contacted at least once every {@value #MOST_DAYS} days, so no rhythm is longer.
 */
public record ServiceMatrix(Map<Segment, Level> levels, long version) {

    public static final int MOST_DAYS = 90;

    public record Level(ServiceChannel channel, int everyDays) {
    }

    /** A segment's level as typed: the channel's name and the days as text. */
    public record Draft(String channel, String everyDays) {
    }

    public ServiceMatrix {
        levels = Map.copyOf(levels);
    }

    public Level level(Segment segment) {
        return levels.get(segment);
    }

    /**
     * The first day a contact counts for a customer of {@code segment} on {@code today}: contacted on it or after,
     * the customer is covered (the one definition of coverage; lists and figures compare with this day).
     */
    public LocalDate coveredSince(Segment segment, LocalDate today) {
        return today.minusDays(level(segment).everyDays());
    }

    /**
     * The day a customer of {@code segment} is next due a contact: their rhythm after the last contact, but not
     * before today; today when nobody has contacted them yet.
     */
    public LocalDate nextContactDue(Segment segment, LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return today;
        }
        LocalDate due = lastContact.plusDays(level(segment).everyDays());
        return due.isBefore(today) ? today : due;
    }

    /** The segment's rhythm as a rule's frequency: every so many days, weekends included. */
    public Frequency rhythm(Segment segment) {
        return new Frequency.EveryNDays(level(segment).everyDays(), false);
    }

    /** Everything wrong with the matrix as typed, each at the field {@code <segment>Channel} or {@code <segment>Every}. */
    public static List<Violation> validate(Map<Segment, Draft> drafts) {
        List<Violation> violations = new ArrayList<>();
        for (Segment segment : Segment.values()) {
            Draft draft = drafts.get(segment);
            String prefix = segment.name().toLowerCase(java.util.Locale.ROOT);
            if (draft == null || Customer.channel(draft.channel()) == null) {
                violations.add(new Violation(prefix + "Channel", "customer.channel.unknown"));
            }
            String days = draft == null || draft.everyDays() == null ? "" : draft.everyDays().strip();
            if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > MOST_DAYS) {
                violations.add(new Violation(prefix + "Every", "portfolio.service.everyDays", List.of(MOST_DAYS)));
            }
        }
        return violations;
    }

    /** The matrix a valid set of drafts describes. */
    public static ServiceMatrix from(Map<Segment, Draft> drafts, long version) {
        Map<Segment, Level> levels = new EnumMap<>(Segment.class);
        drafts.forEach((segment, draft) -> levels.put(segment,
                new Level(Customer.channel(draft.channel()), Integer.parseInt(draft.everyDays().strip()))));
        return new ServiceMatrix(levels, version);
    }
}
