package com.followup.web.followup;

import com.followup.domain.followup.Channel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A check-off as typed. The request id makes a resubmission harmless; the version tells whether someone
 * changed the item since the form was shown; quick is the one-click "done, next as usual".
 */
public class CheckOffFormData {

    private UUID requestId = UUID.randomUUID();
    private Long version;
    private boolean quick;
    private Channel channel = Channel.CALL;
    private Integer durationMinutes;
    private String note = "";
    private String result = "";
    private LocalDate nextDueOn;
    private LocalDateTime doneAt;

    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public boolean isQuick() { return quick; }
    public void setQuick(boolean quick) { this.quick = quick; }
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
    public LocalDateTime getDoneAt() { return doneAt; }
    public void setDoneAt(LocalDateTime doneAt) { this.doneAt = doneAt; }
}
