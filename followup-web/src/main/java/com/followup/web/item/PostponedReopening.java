package com.followup.web.item;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Brings postponed items back when their day comes, so they are due again in "My follow-ups". Safe on several
 * instances without a lock: each item is reopened in its own transaction on its version, and an instance that
 * loses the race finds the item already open and skips it.
 */
@Component
class PostponedReopening {

    private static final Logger log = LoggerFactory.getLogger(PostponedReopening.class);
    private static final int BATCH = 200;

    private final Items items;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PostponedReopening(Items items, TransactionTemplate transactions, Clock clock) {
        this.items = items;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${followup.jobs.reopen-postponed.initial-delay:PT20S}",
            fixedDelayString = "${followup.jobs.reopen-postponed.every:PT5M}")
    void run() {
        reopenDue();
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
