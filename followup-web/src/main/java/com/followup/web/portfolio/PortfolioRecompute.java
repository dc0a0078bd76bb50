package com.followup.web.portfolio;

import com.followup.domain.portfolio.CustomerFigures;
import com.followup.domain.portfolio.PortfolioFigures;
import com.followup.domain.portfolio.ScoringPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Scores every customer again from their sales, receivables and follow-ups: nightly, on demand, after the demo data. */
@Component
public class PortfolioRecompute {

    private static final Logger log = LoggerFactory.getLogger(PortfolioRecompute.class);

    private final PortfolioFigures figures;
    private final Clock clock;

    PortfolioRecompute(PortfolioFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /** How many customers were scored. */
    public int recompute() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        List<CustomerFigures> read = figures.figures(new ScoringPeriod(today));
        figures.store(figures.scoring().score(read, today), today);
        log.info("Scored {} customers in {} ms", read.size(), (System.nanoTime() - started) / 1_000_000);
        return read.size();
    }
}
