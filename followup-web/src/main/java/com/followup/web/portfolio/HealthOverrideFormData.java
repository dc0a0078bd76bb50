package com.followup.web.portfolio;

import java.time.LocalDate;

/** What a manager types to set a customer's health until a day: the score as text, so a wrong one is kept as typed. */
public class HealthOverrideFormData {

    private String score;
    private String reason;
    private LocalDate until;
    private Long version;

    public String getScore() { return score; }
    public void setScore(String score) { this.score = score; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
