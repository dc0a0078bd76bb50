package com.followup.web.portfolio;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nightly recompute and the follow-ups it asks for, on one instance at a time (ShedLock in PostgreSQL, as the notices' jobs). For the operator:
 * when it last ended on this instance and its failures, as the other jobs.
 */
@Component
class PortfolioJobs {

    private final PortfolioRecompute recompute;
    private final Clock clock;
    private final AtomicLong lastRun = new AtomicLong();
    private final Counter failures;

    PortfolioJobs(PortfolioRecompute recompute, MeterRegistry metrics, Clock clock) {
        this.recompute = recompute;
        this.clock = clock;
        Gauge.builder("followup.job.last.run", lastRun, AtomicLong::get).tag("job", "portfolio-recompute").baseUnit("seconds")
                .description("When the job last ended on this instance, in seconds since 1970").register(metrics);
        failures = Counter.builder("followup.job.failures").tag("job", "portfolio-recompute").register(metrics);
    }

    @Scheduled(cron = "${followup.portfolio.recompute-at:0 30 2 * * *}", zone = "${followup.company-zone:}")
    @SchedulerLock(name = "portfolio-recompute", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void recomputeNightly() {
        try {
            recompute.recomputeAndFollowUp("portfolio");
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        } finally {
            lastRun.set(clock.instant().getEpochSecond());
        }
    }
}
