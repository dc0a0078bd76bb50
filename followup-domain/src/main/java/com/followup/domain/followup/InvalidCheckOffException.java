package com.followup.domain.followup;

import com.followup.domain.Violation;

import java.util.List;

/** A check-off the form must correct: each violation names the field and a message key. */
public class InvalidCheckOffException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidCheckOffException(List<Violation> violations) {
        super("invalid check-off: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
