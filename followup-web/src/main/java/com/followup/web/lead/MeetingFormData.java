package com.followup.web.lead;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.UUID;

/** A meeting booked with a lead: when, in the company's time, and with whom. */
public class MeetingFormData {

    private UUID requestId = UUID.randomUUID();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime when;
    private String withWhom;

    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public LocalDateTime getWhen() { return when; }
    public void setWhen(LocalDateTime when) { this.when = when; }
    public String getWithWhom() { return withWhom; }
    public void setWithWhom(String withWhom) { this.withWhom = withWhom; }
}
