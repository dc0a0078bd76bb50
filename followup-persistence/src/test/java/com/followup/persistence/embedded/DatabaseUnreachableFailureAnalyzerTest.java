package com.followup.persistence.embedded;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.net.ConnectException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void a_refused_connection_deep_in_the_start_up_failure_is_explained_in_one_line() {
        Exception failure = new IllegalStateException("Failed to initialize Flyway",
                new SQLException("Connection to 127.0.0.1:5999 refused", new ConnectException("Connection refused")));

        FailureAnalysis analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription())
                .isEqualTo("Followup cannot reach its PostgreSQL database (Connection refused).")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }
}
