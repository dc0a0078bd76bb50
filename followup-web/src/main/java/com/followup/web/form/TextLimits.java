package com.followup.web.form;

import com.followup.domain.account.UserAccount;
import com.followup.domain.item.Counterpart;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.Money;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.Meeting;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleValidator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The longest text each form field takes, by the field's name, from the domain's own limits: the shared field
 * fragment gives its input a {@code maxlength}, so the browser stops where the domain would refuse.
 */
@ControllerAdvice
class TextLimits {

    static final Map<String, Integer> BY_FIELD = Map.ofEntries(
            entry("title", Item.MAX_TITLE),
            entry("counterpartName", Counterpart.MAX_NAME),
            entry("contactName", Counterpart.MAX_CONTACT_NAME),
            entry("contactEmail", Counterpart.MAX_EMAIL),
            entry("contactPhone", Counterpart.MAX_PHONE),
            entry("relationshipStart", ItemDetails.MAX_RELATIONSHIP_START),
            entry("invoiceNumber", ItemDetails.MAX_INVOICE_NUMBER),
            entry("currency", 3),
            entry("amount", Money.LONGEST_TYPED),
            entry("collectedAmount", Money.LONGEST_TYPED),
            entry("target", Money.LONGEST_TYPED),
            entry("note", FollowUp.MAX_NOTE),
            entry("result", FollowUp.MAX_RESULT),
            entry("reason", ItemOutcome.MAX_REASON),
            entry("name", Kpi.MAX_NAME),
            entry("unit", Kpi.MAX_UNIT),
            entry("newKpiName", Kpi.MAX_NAME),
            entry("newKpiUnit", Kpi.MAX_UNIT),
            entry("email", Counterpart.MAX_EMAIL),
            entry("value", Money.LONGEST_TYPED),
            entry("topic", RuleValidator.MAX_TOPIC),
            entry("objective", RuleValidator.MAX_OBJECTIVE),
            entry("reportedIn", RuleValidator.MAX_REPORTED_IN),
            entry("boardLink", ReportedIn.MAX_LINK),
            entry("ownerRole", RuleValidator.MAX_ROLE),
            entry("username", UserAccount.MAX_USERNAME),
            entry("displayName", UserAccount.MAX_DISPLAY_NAME),
            entry("initialPassword", UserAccount.MAX_PASSWORD),
            entry("phone", LeadDraft.MAX_PHONE),
            entry("jobTitle", LeadDraft.MAX_JOB_TITLE),
            entry("company", LeadDraft.MAX_COMPANY),
            entry("message", LeadDraft.MAX_MESSAGE),
            entry("withWhom", Meeting.MAX_WITH_WHOM));

    @ModelAttribute("maxLength")
    Map<String, Integer> maxLength() {
        return BY_FIELD;
    }
}
