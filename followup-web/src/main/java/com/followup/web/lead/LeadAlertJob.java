package com.followup.web.lead;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for leads that need an alert every 15 seconds by default, on one instance at a time (ShedLock); a second run
 * anywhere decides nothing twice anyway. The outbox job sends what it decided.
 */
@Component
class LeadAlertJob {

    private final LeadAlertDecisions decisions;
    private final Counter failures;

    LeadAlertJob(LeadAlertDecisions decisions, MeterRegistry metrics) {
        this.decisions = decisions;
        this.failures = Counter.builder("followup.job.failures").tag("job", "lead-alerts").register(metrics);
    }

    @Scheduled(initialDelayString = "${followup.jobs.initial-delay:PT30S}", fixedDelayString = "${followup.lead-alerts.every:PT15S}")
    @SchedulerLock(name = "lead-alerts", lockAtMostFor = "PT5M")
    void decide() {
        try {
            decisions.decide();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }
}
