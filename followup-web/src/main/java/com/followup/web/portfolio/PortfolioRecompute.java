package com.followup.web.portfolio;

import com.followup.domain.portfolio.CustomerFigures;
import com.followup.domain.portfolio.CustomerScores;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.ScoringPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Scores every customer again from their sales, receivables and follow-ups: nightly, on demand, after the demo data;
 * first, items opened since for a customer's name (invoices, orders) join that customer.
 */
@Component
public class PortfolioRecompute {

    private static final Logger log = LoggerFactory.getLogger(PortfolioRecompute.class);

    private final PortfolioFigures figures;
    private final Customers customers;
    private final ServiceFollowUps followUps;
    private final Clock clock;

    PortfolioRecompute(PortfolioFigures figures, Customers customers, ServiceFollowUps followUps, Clock clock) {
        this.figures = figures;
        this.customers = customers;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Scores every customer, then makes the follow-ups the scores ask for: service items moved to a changed segment's
     * rhythm, new customers' service items, lapse items. Returns how many customers were scored.
     */
    public int recomputeAndFollowUp(String by) {
        int scored = recompute();
        followUps.generate(by);
        return scored;
    }

    /** How many customers were scored. */
    public int recompute() {
        return recompute(LocalDate.now(clock));
    }

    /** Scores as of an earlier day from the sales up to it (the demo's past months, kept for movement between segments). */
    public int recompute(LocalDate today) {
        long started = System.nanoTime();
        int linked = customers.linkItemsByName();
        long linkedAt = System.nanoTime();
        List<CustomerFigures> read = figures.figures(new ScoringPeriod(today));
        long readAt = System.nanoTime();
        List<CustomerScores> scores = figures.scoring().score(read, today);
        long scoredAt = System.nanoTime();
        figures.store(scores, today);
        long storedAt = System.nanoTime();
        // where the time goes, for the nightly run at size (docs/benchmarks.md, followup-benchmark/portfolio.sh)
        log.info("Scored {} customers ({} items newly linked to them) in {} ms: linking {} ms, reading {} ms, scoring {} ms, "
                        + "storing {} ms", read.size(), linked, millis(started, storedAt), millis(started, linkedAt),
                millis(linkedAt, readAt), millis(readAt, scoredAt), millis(scoredAt, storedAt));
        return read.size();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
