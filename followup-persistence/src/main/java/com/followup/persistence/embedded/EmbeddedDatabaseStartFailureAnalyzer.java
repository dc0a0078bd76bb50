package com.followup.persistence.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/** The embedded database's start-up failure, as its cause and an action, instead of stack traces. */
class EmbeddedDatabaseStartFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseStartFailure> implements Ordered {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseStartFailure cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }

    /** Before the analyzer of unreachable databases, which would blame SPRING_DATASOURCE_URL. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
