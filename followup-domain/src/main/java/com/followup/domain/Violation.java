package com.followup.domain;

import java.util.List;

/** One thing wrong with what a person typed: the field it belongs to, and a message key with its arguments. */
public record Violation(String field, String messageKey, List<Object> args) {

    public Violation(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
