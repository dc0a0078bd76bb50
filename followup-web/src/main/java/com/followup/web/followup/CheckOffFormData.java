package com.followup.web.followup;

import com.followup.domain.item.Channel;

import java.time.LocalDate;
import java.util.UUID;

/** The inline check-off form of one row, as typed; the request id makes a resubmission harmless. */
public class CheckOffFormData {

    private UUID requestId = UUID.randomUUID();
    private Channel channel = Channel.CALL;
    private Integer durationMinutes;
    private String note = "";
    private String result = "";
    private LocalDate nextDueOn;

    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public LocalDate getNextDueOn() { return nextDueOn; }
    public void setNextDueOn(LocalDate nextDueOn) { this.nextDueOn = nextDueOn; }
}
