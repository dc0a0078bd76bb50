package com.followup.web.portfolio;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly recompute, on one instance at a time (ShedLock in PostgreSQL, as the notices' jobs). */
@Component
class PortfolioJobs {

    private final PortfolioRecompute recompute;

    PortfolioJobs(PortfolioRecompute recompute) {
        this.recompute = recompute;
    }

    @Scheduled(cron = "${followup.portfolio.recompute-at:0 30 2 * * *}", zone = "${followup.company-zone:}")
    @SchedulerLock(name = "portfolio-recompute", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void recomputeNightly() {
        recompute.recompute();
    }
}
