package com.followup.web.notice;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What runs on its own, once a minute by default, on one instance at a time (ShedLock in PostgreSQL). Each job is
 * safe to run twice anyway: decisions are unique by their dedup key and messages are claimed with SKIP LOCKED.
 */
@Component
class NoticeJobs {

    private final NoticeDecisions decisions;
    private final OutboxSender sender;

    NoticeJobs(NoticeDecisions decisions, OutboxSender sender) {
        this.decisions = decisions;
        this.sender = sender;
    }

    @Scheduled(initialDelayString = "${followup.jobs.initial-delay:PT30S}", fixedDelayString = "${followup.jobs.every:PT1M}")
    @SchedulerLock(name = "notices", lockAtMostFor = "PT10M")
    void decideAndSend() {
        decisions.fastRules();
        decisions.escalations();
        decisions.digests();
        sender.sendPending();
    }
}
