package com.followup.web.lead;

import java.util.UUID;

/** A lead typed in by marketing or sales. */
public class LeadFormData extends LeadDetailsData {

    private UUID requestId = UUID.randomUUID();
    private Long sourceId;

    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
}
