package com.followup.persistence.embedded;

/** Why the embedded PostgreSQL cannot start, in one sentence, and what the operator can do about it. */
final class EmbeddedDatabaseStartFailure extends RuntimeException {

    private final String action;

    EmbeddedDatabaseStartFailure(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
