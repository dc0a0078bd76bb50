package com.followup.domain.portfolio;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A manager's own reading of a customer's health, with the reason, until a day; after it the computed one shows again. */
public record HealthOverride(int score, String reason, LocalDate until, long byUserId) {

    public static final int MAX_REASON = 500;

    /** Everything wrong with an override as typed: a score 0..100, a reason, a last day after today within a year. */
    public static List<Violation> validate(String score, String reason, LocalDate until, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (score == null || !score.strip().matches("\\d{1,3}") || Integer.parseInt(score.strip()) > 100) {
            violations.add(new Violation("score", "portfolio.override.score"));
        }
        Text.lines(reason, "reason", MAX_REASON, true, violations);
        if (until == null) {
            violations.add(new Violation("until", "field.required"));
        } else if (!until.isAfter(today) || until.isAfter(today.plusYears(1))) {
            violations.add(new Violation("until", "portfolio.override.until"));
        }
        return violations;
    }

    /** The band of the score set, with the thresholds of the computed health. */
    public Health.Band band() {
        return Health.Band.of(score);
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isAfter(until);
    }
}
