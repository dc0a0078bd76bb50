package com.followup.web.item;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
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
import com.followup.web.form.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Opens an item under a rule, or says next to each field what is wrong; nothing is saved half-way. */
@Service
class ItemOpening {

    /** The counterpart's parts, by the names the form gives them. */
    private static final Map<String, String> COUNTERPART_FIELDS = Map.of(
            "name", "counterpartName", "email", "contactEmail", "phone", "contactPhone");

    private final FollowUpRules rules;
    private final Items items;
    private final UserAccounts accounts;
    private final Clock clock;

    ItemOpening(FollowUpRules rules, Items items, UserAccounts accounts, Clock clock) {
        this.rules = rules;
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The new item's id, or null when the form has errors; the same form sent twice opens one item. */
    @Transactional
    public Long open(ItemFormData form, Errors errors, SignedInUser me) {
        FollowUpRule rule = form.getRuleId() == null ? null : rules.findById(form.getRuleId())
                .filter(me.actor()::canOpenUnder).orElse(null);
        if (rule == null) {
            FormErrors.report(List.of(new Violation("ruleId", "item.form.ruleRequired")), errors);
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        long ownerId = owner(form, rule, me, violations);
        Item item = draft(form, rule, ownerId, clock.instant().atZone(clock.getZone()), me.id(), violations);
        FormErrors.report(violations, errors, COUNTERPART_FIELDS);
        if (errors.hasErrors()) {
            return null;
        }
        return items.open(item, form.getRequestId() != null ? form.getRequestId() : UUID.randomUUID()).id();
    }

    /**
     * The item a form describes, opened at {@code now} and not yet stored, or null with every violation added (each
     * at the domain's field name): how items are checked and opened, by hand or from a file.
     */
    Item draft(ItemFormData form, FollowUpRule rule, long ownerId, ZonedDateTime now, long openedBy,
               List<Violation> violations) {
        int before = violations.size();
        Text.required(form.getTitle(), "title", Item.MAX_TITLE, violations);
        violations.addAll(Counterpart.validate(form.getCounterpartName(), form.getContactName(), form.getContactEmail(),
                form.getContactPhone()));
        Text.optional(form.getRelationshipStart(), "relationshipStart", ItemDetails.MAX_RELATIONSHIP_START, violations);
        Money amount = amount(form, rule, violations);
        ItemDetails details = details(form, rule, now.toLocalDate(), violations);
        if (violations.size() > before) {
            return null;
        }
        return Item.open(rule, form.getTitle(), new Counterpart(form.getCounterpartName(), form.getContactName(),
                form.getContactEmail(), form.getContactPhone()), ownerId, amount, details, now, openedBy);
    }

    /** Whoever a manager names must be able to own items of the area, as for a reassignment. */
    private long owner(ItemFormData form, FollowUpRule rule, SignedInUser me, List<Violation> violations) {
        long ownerId = me.actor().ownerFor(rule, form.getOwnerId());
        if (ownerId != me.id() && accounts.findById(ownerId).filter(UserAccount::active)
                .filter(person -> person.worksIn(rule.area())).isEmpty()) {
            violations.add(new Violation("ownerId", "item.form.ownerNotInArea"));
        }
        return ownerId;
    }

    private ItemDetails details(ItemFormData form, FollowUpRule rule, LocalDate today, List<Violation> violations) {
        ItemTerm term = rule.timeAllowed() instanceof TimeAllowed.FromItem fromItem ? fromItem.term() : null;
        int before = violations.size();
        switch (rule.area()) {
            case SALES:
                if (form.getRating() == null || form.getRating() < 1 || form.getRating() > 5) {
                    violations.add(new Violation("rating", "item.form.rating"));
                }
                if (form.getConversionProbability() == null || form.getConversionProbability() < 0
                        || form.getConversionProbability() > 100) {
                    violations.add(new Violation("conversionProbability", "item.form.probability"));
                }
                return violations.size() > before ? null : new ItemDetails.SalesDetails(tidy(form.getRelationshipStart()),
                        form.getRating(), form.getConversionProbability(), null);
            case OPERATIONS:
                if (term == ItemTerm.PROMISED_DATE && form.getPromisedDate() == null) {
                    violations.add(new Violation("promisedDate", "item.form.promisedDateRequired"));
                } else if (form.getPromisedDate() != null && form.getPromisedDate().isBefore(today)) {
                    violations.add(new Violation("promisedDate", "item.form.promisedDatePast"));
                }
                Long invoice = form.getLinkedInvoiceItemId();
                if (invoice != null && items.findById(invoice)
                        .filter(found -> found.area() == Area.ADMINISTRATION).isEmpty()) {
                    violations.add(new Violation("linkedInvoiceItemId", "item.form.invoiceUnknown"));
                }
                return new ItemDetails.OperationsDetails(form.getPromisedDate(), null, invoice);
            default:
                Text.required(form.getInvoiceNumber(), "invoiceNumber", ItemDetails.MAX_INVOICE_NUMBER, violations);
                if (form.getCreditDays() != null && (form.getCreditDays() < 0 || form.getCreditDays() > 3650)) {
                    violations.add(new Violation("creditDays", "item.form.creditDays"));
                } else if (term == ItemTerm.CREDIT_TERMS && form.getCreditDays() == null) {
                    violations.add(new Violation("creditDays", "item.form.creditDaysRequired"));
                }
                if (term == ItemTerm.DUE_DATE && form.getDueDate() == null) {
                    violations.add(new Violation("dueDate", "item.form.dueDateRequired"));
                }
                return violations.size() > before ? null : new ItemDetails.AdministrationDetails(tidy(form.getInvoiceNumber()),
                        form.getCreditDays(), form.getDueDate(), null, form.isAdvanceRequired(), false);
        }
    }

    /** Optional, except on invoices; more than zero, with no more decimals than its currency has. */
    private static Money amount(ItemFormData form, FollowUpRule rule, List<Violation> violations) {
        if (blank(form.getAmount())) {
            if (rule.area() == Area.ADMINISTRATION) {
                violations.add(new Violation("amount", "item.form.amountRequired"));
            }
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(form.getCurrency().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new Violation("currency", "item.form.currency"));
            return null;
        }
        Money amount = Money.parse(form.getAmount(), currency, "amount", violations);
        if (amount != null && amount.isZero()) {
            violations.add(new Violation("amount", "item.form.amountPositive"));
            return null;
        }
        return amount;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String tidy(String text) {
        return blank(text) ? null : text.strip();
    }
}
