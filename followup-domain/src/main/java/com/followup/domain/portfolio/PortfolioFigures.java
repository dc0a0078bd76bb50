package com.followup.domain.portfolio;

import java.time.LocalDate;
import java.util.List;

/** What the nightly recompute reads, aggregated by the database, and where it writes the scores. */
public interface PortfolioFigures {

    /** The ABC thresholds and the cost per order of each channel, as directors left them. */
    PortfolioScoring scoring();

    /** Every customer's figures over the period, in a bounded number of statements however many customers. */
    List<CustomerFigures> figures(ScoringPeriod period);

    /**
     * Replaces today's scores, keeps the month's segments (one row per customer and month) and the trend's past weeks
     * by today's segments (the {@link PortfolioDashboards#TREND_WEEKS} weeks before today's, PortfolioDashboards#weeks).
     */
    void store(List<CustomerScores> scores, LocalDate today);
}
