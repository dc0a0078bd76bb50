package com.followup.web.item;

import com.followup.domain.area.Area;

import java.time.LocalDate;
import java.util.UUID;

/** A new item as typed; the area's own fields are used only in that area. The request id opens it once. */
public class ItemFormData {

    private UUID requestId = UUID.randomUUID();
    private Area area;
    private Long ruleId;
    private String title = "";
    private String counterpartName = "";
    private String contactName = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private String amount = "";
    private String currency = "";
    private Long ownerId;
    private String relationshipStart = "";
    private Integer rating = 3;
    private Integer conversionProbability = 20;
    private LocalDate promisedDate;
    private Long linkedInvoiceItemId;
    private String invoiceNumber = "";
    private Integer creditDays;
    private LocalDate dueDate;
    private boolean advanceRequired;

    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public Long getRuleId() { return ruleId; }
    public void setRuleId(Long ruleId) { this.ruleId = ruleId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCounterpartName() { return counterpartName; }
    public void setCounterpartName(String counterpartName) { this.counterpartName = counterpartName; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Long getOwnerId() { return ownerId; }
    public void setOwnerId(Long ownerId) { this.ownerId = ownerId; }
    public String getRelationshipStart() { return relationshipStart; }
    public void setRelationshipStart(String relationshipStart) { this.relationshipStart = relationshipStart; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public Integer getConversionProbability() { return conversionProbability; }
    public void setConversionProbability(Integer conversionProbability) { this.conversionProbability = conversionProbability; }
    public LocalDate getPromisedDate() { return promisedDate; }
    public void setPromisedDate(LocalDate promisedDate) { this.promisedDate = promisedDate; }
    public Long getLinkedInvoiceItemId() { return linkedInvoiceItemId; }
    public void setLinkedInvoiceItemId(Long linkedInvoiceItemId) { this.linkedInvoiceItemId = linkedInvoiceItemId; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public Integer getCreditDays() { return creditDays; }
    public void setCreditDays(Integer creditDays) { this.creditDays = creditDays; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public boolean isAdvanceRequired() { return advanceRequired; }
    public void setAdvanceRequired(boolean advanceRequired) { this.advanceRequired = advanceRequired; }
}
