package com.followup.web.notice;

import com.followup.domain.notice.Notices;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What runs on its own, once a minute by default, on one instance at a time (ShedLock in PostgreSQL). Each job is
 * safe to run twice anyway: decisions are unique by their dedup key and messages are claimed with SKIP LOCKED.
 * For the operator: when it last ended on this instance, its failures, and the messages still to send.
 */
@Component
class NoticeJobs {

    private final NoticeDecisions decisions;
    private final PortfolioAlertDecisions portfolioAlerts;
    private final OutboxSender sender;
    private final Clock clock;
    private final AtomicLong lastRun = new AtomicLong();
    private final Counter failures;

    NoticeJobs(NoticeDecisions decisions, PortfolioAlertDecisions portfolioAlerts, OutboxSender sender, Notices notices, MeterRegistry metrics, Clock clock) {
        this.decisions = decisions;
        this.portfolioAlerts = portfolioAlerts;
        this.sender = sender;
        this.clock = clock;
        Gauge.builder("followup.job.last.run", lastRun, AtomicLong::get).tag("job", "notices").baseUnit("seconds")
                .description("When the job last ended on this instance, in seconds since 1970").register(metrics);
        failures = Counter.builder("followup.job.failures").tag("job", "notices").register(metrics);
        Gauge.builder("followup.outbox.unsent", notices, Notices::unsentCount)
                .description("Messages decided and not sent yet").register(metrics);
    }

    @Scheduled(initialDelayString = "${followup.jobs.initial-delay:PT30S}", fixedDelayString = "${followup.jobs.every:PT1M}")
    @SchedulerLock(name = "notices", lockAtMostFor = "PT10M")
    void decideAndSend() {
        try {
            decisions.fastRules();
            decisions.escalations();
            decisions.digests();
            portfolioAlerts.weekly();
            sender.sendPending();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        } finally {
            lastRun.set(clock.instant().getEpochSecond());
        }
    }
}
