package com.followup.web.item;

import com.followup.domain.item.OutcomeDraft;
import com.followup.domain.rule.Outcome;

import java.time.LocalDate;

/** How an item ends, as typed: each outcome uses its own few fields. */
public class OutcomeFormData {

    private long version;
    private Outcome outcome;
    private LocalDate until;
    private String reason = "";
    private boolean complete;
    private boolean correct;
    private LocalDate deliveredOn;
    private boolean overrideAdvance;
    private String collectedAmount = "";
    private boolean inFull = true;

    OutcomeDraft toDraft() {
        return new OutcomeDraft(outcome, until, reason, complete, correct, deliveredOn, collectedAmount, inFull);
    }

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isComplete() { return complete; }
    public void setComplete(boolean complete) { this.complete = complete; }
    public boolean isCorrect() { return correct; }
    public void setCorrect(boolean correct) { this.correct = correct; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public boolean isOverrideAdvance() { return overrideAdvance; }
    public void setOverrideAdvance(boolean overrideAdvance) { this.overrideAdvance = overrideAdvance; }
    public String getCollectedAmount() { return collectedAmount; }
    public void setCollectedAmount(String collectedAmount) { this.collectedAmount = collectedAmount; }
    public boolean isInFull() { return inFull; }
    public void setInFull(boolean inFull) { this.inFull = inFull; }
}
