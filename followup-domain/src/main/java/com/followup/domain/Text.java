package com.followup.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What any typed text must be to be kept: within its length, and free of control characters, which no one types
 * and PostgreSQL cannot store (NUL); new lines only where a text may span lines.
 */
public final class Text {

    private Text() {
    }

    /** A one-line text that must be there. */
    public static void required(String value, String field, int max, List<Violation> violations) {
        check(value, field, max, true, false, violations);
    }

    /** A one-line text that may be left empty. */
    public static void optional(String value, String field, int max, List<Violation> violations) {
        check(value, field, max, false, false, violations);
    }

    /** A text of several lines, such as a note. */
    public static void lines(String value, String field, int max, boolean required, List<Violation> violations) {
        check(value, field, max, required, true, violations);
    }

    private static void check(String value, String field, int max, boolean required, boolean multiLine,
                              List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "field.required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new Violation(field, "field.tooLong", List.of(max)));
        } else if (value.strip().chars().anyMatch(c -> Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t')))) {
            violations.add(new Violation(field, multiLine ? "field.controlCharacters" : "field.oneLine"));
        }
    }

    /** For a constructor that may only be given text already checked. */
    public static String requireValid(String value, String name, int max, boolean multiLine) {
        List<Violation> violations = new ArrayList<>();
        check(value, name, max, true, multiLine, violations);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + violations.get(0).messageKey());
        }
        return value.strip();
    }
}
