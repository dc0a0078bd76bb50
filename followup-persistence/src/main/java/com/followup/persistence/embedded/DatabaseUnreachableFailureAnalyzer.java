package com.followup.persistence.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.net.ConnectException;

/** An unreachable database is explained in one line instead of a wall of stack traces. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<ConnectException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConnectException cause) {
        return new FailureAnalysis(
                "Followup cannot reach its PostgreSQL database (" + cause.getMessage() + ").",
                "Check that the server named by SPRING_DATASOURCE_URL is running and reachable, "
                        + "or unset SPRING_DATASOURCE_URL to use the embedded database.",
                cause);
    }
}
