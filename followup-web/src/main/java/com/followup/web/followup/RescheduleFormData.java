package com.followup.web.followup;

import java.time.LocalDate;

/**
 * A follow-up moved to another day as typed: {@code day} comes from the one-click choices (tomorrow, next week),
 * {@code otherDay} from the date field; the version tells whether someone changed the item since it was shown.
 */
public class RescheduleFormData {

    private Long version;
    private LocalDate day;
    private LocalDate otherDay;
    private String reason = "";

    /** The day chosen: a one-click choice, else the date typed. */
    LocalDate chosenDay() {
        return day != null ? day : otherDay;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalDate getOtherDay() { return otherDay; }
    public void setOtherDay(LocalDate otherDay) { this.otherDay = otherDay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
