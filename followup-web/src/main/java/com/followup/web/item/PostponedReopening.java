package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings postponed items back when their day comes, so they are due again in "My follow-ups". Safe on several
 * instances without a lock: each item is reopened in its own transaction on its version, and an instance that
 * loses the race finds the item already open and skips it. For the operator: when it last ended on this instance,
 * its failures, and the postponed items due again.
 */
@Component
class PostponedReopening {

    private static final Logger log = LoggerFactory.getLogger(PostponedReopening.class);
    private static final int BATCH = 200;

    private final Items items;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AtomicLong lastRun = new AtomicLong();
    private final Counter failures;

    PostponedReopening(Items items, TransactionTemplate transactions, Clock clock, MeterRegistry metrics) {
        this.items = items;
        this.transactions = transactions;
        this.clock = clock;
        Gauge.builder("followup.job.last.run", lastRun, AtomicLong::get).tag("job", "reopen-postponed").baseUnit("seconds")
                .description("When the job last ended on this instance, in seconds since 1970").register(metrics);
        failures = Counter.builder("followup.job.failures").tag("job", "reopen-postponed").register(metrics);
        Gauge.builder("followup.items.postponed.due", () -> items.postponedDueCount(clock.instant()))
                .description("Postponed items whose day has come and that are not open again yet").register(metrics);
    }

    @Scheduled(initialDelayString = "${followup.jobs.reopen-postponed.initial-delay:PT20S}",
            fixedDelayString = "${followup.jobs.reopen-postponed.every:PT5M}")
    void run() {
        try {
            reopenDue();
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        } finally {
            lastRun.set(clock.instant().getEpochSecond());
        }
    }

    /** Reopens what is due now and says how many. */
    int reopenDue() {
        Instant now = clock.instant();
        int reopened = 0;
        for (long id : items.postponedDueBy(now, BATCH)) {
            try {
                Boolean done = transactions.execute(status -> {
                    Item item = items.findById(id).orElseThrow();
                    if (!item.reopenIfDue(now)) {
                        return false;
                    }
                    items.save(item);
                    return true;
                });
                reopened += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (ConcurrentChangeException e) {
                log.debug("Item {} was changed while reopening it; another instance got there first", id);
            }
        }
        if (reopened > 0) {
            log.info("Reopened {} postponed items whose day has come", reopened);
        }
        return reopened;
    }
}
