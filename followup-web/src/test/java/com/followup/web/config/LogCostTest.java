package com.followup.web.config;

import ch.qos.logback.classic.LoggerContext;
import com.followup.web.support.FollowupWebTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Logback turbo filter is asked by every logger's isDebugEnabled(), thousands of times a request: Micrometer's
 * count of log events by level was one, about 7 % of a check-off's samples (docs/benchmarks.md), and is left out.
 */
@FollowupWebTest
class LogCostTest {

    @Test
    void no_turbo_filter_sits_in_front_of_every_logger() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logging.getTurboFilterList()).isEmpty();
    }
}
