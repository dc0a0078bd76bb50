package com.followup.web.lead;

import com.followup.domain.lead.TouchChannel;

import java.util.UUID;

/** One touch, logged in one click from the inbox or with a note from the lead's page. */
public class TouchFormData {

    private Long version;
    private UUID requestId = UUID.randomUUID();
    private TouchChannel channel;
    private boolean reached;
    private String note;
    /** Sent from the inbox, which is where the seller goes back to. */
    private boolean inbox;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public TouchChannel getChannel() { return channel; }
    public void setChannel(TouchChannel channel) { this.channel = channel; }
    public boolean isReached() { return reached; }
    public void setReached(boolean reached) { this.reached = reached; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isInbox() { return inbox; }
    public void setInbox(boolean inbox) { this.inbox = inbox; }
}
