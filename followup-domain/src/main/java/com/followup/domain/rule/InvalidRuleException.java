package com.followup.domain.rule;

import com.followup.domain.Violation;

import java.util.List;

public class InvalidRuleException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRuleException(List<Violation> violations) {
        super("invalid rule: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
