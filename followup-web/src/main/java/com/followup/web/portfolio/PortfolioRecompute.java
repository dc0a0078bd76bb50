package com.followup.web.portfolio;

import com.followup.domain.portfolio.CustomerFigures;
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
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int linked = customers.linkItemsByName();
        List<CustomerFigures> read = figures.figures(new ScoringPeriod(today));
        figures.store(figures.scoring().score(read, today), today);
        log.info("Scored {} customers ({} items newly linked to them) in {} ms", read.size(), linked,
                (System.nanoTime() - started) / 1_000_000);
        return read.size();
    }
}
