package com.followup.web.lead;

import com.followup.domain.lead.DisqualifyReason;

/** Qualifying (under a Sales rule) or disqualifying (with a reason) a lead, on the version the person saw. */
public class DecisionFormData {

    private Long version;
    private Long ruleId;
    private DisqualifyReason reason;
    private String note;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Long getRuleId() { return ruleId; }
    public void setRuleId(Long ruleId) { this.ruleId = ruleId; }
    public DisqualifyReason getReason() { return reason; }
    public void setReason(DisqualifyReason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
