package com.followup.domain.portfolio;

import java.util.List;

/**
 * One reason a score is what it is, said as a message key with its arguments (numbers and dates as plain text),
 * so the customer's page can explain every score in the reader's language.
 */
public record Factor(String key, List<String> args) {

    public Factor {
        if (key.contains("|") || key.contains("\n") || args.stream().anyMatch(a -> a.contains("|") || a.contains("\n"))) {
            throw new IllegalArgumentException("a factor's key and arguments hold no | or new line: " + key);
        }
        args = List.copyOf(args);
    }

    public static Factor of(String key, Object... args) {
        return new Factor(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** One line of text for storage: key|arg|arg. */
    public String written() {
        return args.isEmpty() ? key : key + "|" + String.join("|", args);
    }

    public static Factor read(String line) {
        String[] parts = line.split("\\|", -1);
        return new Factor(parts[0], List.of(parts).subList(1, parts.length));
    }
}
