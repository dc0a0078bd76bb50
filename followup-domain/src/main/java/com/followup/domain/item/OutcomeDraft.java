package com.followup.domain.item;

import com.followup.domain.rule.Outcome;

import java.time.LocalDate;

/**
 * An ending as a person chose and typed it, amount still as text, before {@link ItemOutcome#validate} has said
 * what is wrong with it; each outcome reads only its own fields.
 */
public record OutcomeDraft(Outcome outcome, LocalDate until, String reason, boolean complete, boolean correct,
                           LocalDate deliveredOn, String collectedAmount, boolean inFull) {
}
