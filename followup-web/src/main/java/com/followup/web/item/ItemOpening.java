package com.followup.web.item;

import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.TimeAllowed;
import com.followup.web.account.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.regex.Pattern;

/** Opens an item under a rule, or says next to each field what is wrong; nothing is saved half-way. */
@Service
class ItemOpening {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final FollowUpRules rules;
    private final Items items;
    private final Clock clock;

    ItemOpening(FollowUpRules rules, Items items, Clock clock) {
        this.rules = rules;
        this.items = items;
        this.clock = clock;
    }

    /** The new item's id, or null when the form has errors. */
    @Transactional
    public Long open(ItemFormData form, Errors errors, SignedInUser me) {
        FollowUpRule rule = form.getRuleId() == null ? null : rules.findById(form.getRuleId())
                .filter(me.actor()::canOpenUnder).orElse(null);
        if (rule == null) {
            reject(errors, "ruleId", "item.form.ruleRequired");
            return null;
        }
        required(form.getTitle(), "title", 200, errors);
        required(form.getCounterpartName(), "counterpartName", 200, errors);
        optional(form.getContactName(), "contactName", 120, errors);
        optional(form.getContactPhone(), "contactPhone", 40, errors);
        optional(form.getRelationshipStart(), "relationshipStart", 120, errors);
        if (optional(form.getContactEmail(), "contactEmail", 200, errors) && !EMAIL.matcher(form.getContactEmail().strip()).matches()) {
            reject(errors, "contactEmail", "item.form.email");
        }
        Money amount = amount(form, rule, errors);
        ItemDetails details = details(form, rule, errors);
        if (errors.hasErrors()) {
            return null;
        }
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        Item item = Item.open(rule, form.getTitle(), new Counterpart(form.getCounterpartName(), form.getContactName(),
                        form.getContactEmail(), form.getContactPhone()),
                me.actor().ownerFor(rule, form.getOwnerId()), amount, details, now, me.id());
        return items.save(item).id();
    }

    private ItemDetails details(ItemFormData form, FollowUpRule rule, Errors errors) {
        ItemTerm term = rule.timeAllowed() instanceof TimeAllowed.FromItem fromItem ? fromItem.term() : null;
        switch (rule.area()) {
            case SALES:
                if (form.getRating() == null || form.getRating() < 1 || form.getRating() > 5) {
                    reject(errors, "rating", "item.form.rating");
                }
                if (form.getConversionProbability() == null || form.getConversionProbability() < 0
                        || form.getConversionProbability() > 100) {
                    reject(errors, "conversionProbability", "item.form.probability");
                }
                return errors.hasErrors() ? null : new ItemDetails.SalesDetails(tidy(form.getRelationshipStart()),
                        form.getRating(), form.getConversionProbability(), null);
            case OPERATIONS:
                if (term == ItemTerm.PROMISED_DATE && form.getPromisedDate() == null) {
                    reject(errors, "promisedDate", "item.form.promisedDateRequired");
                }
                Long invoice = form.getLinkedInvoiceItemId();
                if (invoice != null && items.findById(invoice)
                        .filter(found -> found.area() == Area.ADMINISTRATION).isEmpty()) {
                    reject(errors, "linkedInvoiceItemId", "item.form.invoiceUnknown");
                }
                return new ItemDetails.OperationsDetails(form.getPromisedDate(), null, invoice);
            default:
                required(form.getInvoiceNumber(), "invoiceNumber", 60, errors);
                if (form.getCreditDays() != null && (form.getCreditDays() < 0 || form.getCreditDays() > 3650)) {
                    reject(errors, "creditDays", "item.form.creditDays");
                } else if (term == ItemTerm.CREDIT_TERMS && form.getCreditDays() == null) {
                    reject(errors, "creditDays", "item.form.creditDaysRequired");
                }
                if (term == ItemTerm.DUE_DATE && form.getDueDate() == null) {
                    reject(errors, "dueDate", "item.form.dueDateRequired");
                }
                return errors.hasErrors() ? null : new ItemDetails.AdministrationDetails(tidy(form.getInvoiceNumber()),
                        form.getCreditDays(), form.getDueDate(), null, form.isAdvanceRequired(), false);
        }
    }

    /** Optional, except on invoices; a positive number with no more decimals than its currency has. */
    private static Money amount(ItemFormData form, FollowUpRule rule, Errors errors) {
        boolean invoice = rule.area() == Area.ADMINISTRATION;
        if (blank(form.getAmount())) {
            if (invoice) {
                reject(errors, "amount", "item.form.amountRequired");
            }
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(form.getCurrency().strip().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            reject(errors, "currency", "item.form.currency");
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(form.getAmount().strip().replace(",", ""));
            if (value.signum() <= 0) {
                reject(errors, "amount", "item.form.amountPositive");
                return null;
            }
            return new Money(value, currency);
        } catch (IllegalArgumentException e) {
            reject(errors, "amount", "item.form.amountFormat", new Object[]{currency.getDefaultFractionDigits()});
            return null;
        }
    }

    private static void required(String text, String field, int max, Errors errors) {
        if (blank(text)) {
            errors.rejectValue(field, "item.form.required");
        } else if (text.strip().length() > max) {
            errors.rejectValue(field, "item.form.tooLong", new Object[]{max}, null);
        }
    }

    /** True when something was typed and it fits. */
    private static boolean optional(String text, String field, int max, Errors errors) {
        if (blank(text)) {
            return false;
        }
        if (text.strip().length() > max) {
            errors.rejectValue(field, "item.form.tooLong", new Object[]{max}, null);
            return false;
        }
        return true;
    }

    /** One message per field: a value that could not even be read keeps its own. */
    private static void reject(Errors errors, String field, String code) {
        reject(errors, field, code, null);
    }

    private static void reject(Errors errors, String field, String code, Object[] args) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code, args, null);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String tidy(String text) {
        return blank(text) ? null : text.strip();
    }
}
