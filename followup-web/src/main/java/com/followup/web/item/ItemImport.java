package com.followup.web.item;

import com.followup.domain.Violation;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowReading;
import com.followup.domain.item.Item;
import com.followup.domain.item.Items;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleOwner;
import com.followup.web.account.SignedInUser;
import com.followup.web.importing.ImportKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import static com.followup.domain.importing.ImportColumn.optional;
import static com.followup.domain.importing.ImportColumn.required;

/**
 * Items opened from an ERP or accounting export, each under an active rule of an area the importer manages: checked
 * and opened by {@link ItemOpening#draft} exactly as one opened by hand, with "imported from file" on its timeline.
 * Directors and the area's managers import, since a file opens work for other people (as only they may do by hand).
 */
@Component
class ItemImport implements ImportKind<Item> {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("rule", "rule", "follow-up rule", "topic", "regla", "definición", "definición de seguimiento", "tema"),
            required("title", "title", "subject", "título", "asunto", "concepto"),
            required("counterpart", "counterpart", "customer", "client", "supplier", "company", "contraparte", "cliente",
                    "proveedor", "empresa", "razón social"),
            optional("contact", "contact", "contact name", "contacto", "nombre de contacto"),
            optional("email", "email", "e-mail", "contact email", "correo", "correo electrónico", "email de contacto"),
            optional("phone", "phone", "telephone", "contact phone", "teléfono", "teléfono de contacto"),
            optional("owner", "owner", "username", "user", "responsable", "usuario"),
            optional("amount", "amount", "total", "importe", "monto"),
            optional("currency", "currency", "moneda", "divisa"),
            optional("invoiceNumber", "invoice number", "invoice", "número de factura", "factura", "folio"),
            optional("creditDays", "credit days", "credit", "días de crédito", "crédito"),
            optional("dueDate", "due date", "due", "fecha de vencimiento", "vencimiento"),
            optional("promisedDate", "promised date", "delivery date", "fecha prometida", "fecha de entrega"),
            optional("rating", "rating", "calificación"),
            optional("probability", "probability", "conversion probability", "probabilidad"));

    /** The columns of the domain's and the form's field names. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("title", "title"),
            Map.entry("name", "counterpart"), Map.entry("contactName", "contact"), Map.entry("email", "email"),
            Map.entry("phone", "phone"), Map.entry("amount", "amount"), Map.entry("currency", "currency"),
            Map.entry("invoiceNumber", "invoiceNumber"), Map.entry("creditDays", "creditDays"),
            Map.entry("dueDate", "dueDate"), Map.entry("promisedDate", "promisedDate"), Map.entry("rating", "rating"),
            Map.entry("conversionProbability", "probability"));

    private final ItemOpening opening;
    private final FollowUpRules rules;
    private final UserAccounts accounts;
    private final Items items;
    private final Clock clock;
    private final String defaultCurrency;

    ItemImport(ItemOpening opening, FollowUpRules rules, UserAccounts accounts, Items items, Clock clock,
               @Value("${followup.default-currency:MXN}") String defaultCurrency) {
        this.opening = opening;
        this.rules = rules;
        this.accounts = accounts;
        this.items = items;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }

    @Override
    public String name() {
        return "items";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public boolean mayImport(SignedInUser me) {
        return me.role() == Role.DIRECTOR || me.role() == Role.MANAGER;
    }

    @Override
    public String listPath(SignedInUser me) {
        return "/items?area=" + me.defaultArea();
    }

    @Override
    public Rows<Item> rows(SignedInUser me, String fileName) {
        Map<String, FollowUpRule> ruleByTopic = new HashMap<>();
        rules.findAll(false).stream().filter(rule -> me.actor().canManage(rule.area()))
                .forEach(rule -> ruleByTopic.putIfAbsent(key(rule.topic()), rule));
        Map<String, UserAccount> personByName = new HashMap<>();
        accounts.findAllOrderedByName().stream().filter(UserAccount::active)
                .forEach(person -> personByName.put(key(person.username()), person));
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        return row -> read(row, me, fileName, now, ruleByTopic, personByName);
    }

    @Override
    public void store(List<Item> drafts) {
        items.openAll(drafts);
    }

    private RowReading<Item> read(ImportRow row, SignedInUser me, String fileName, ZonedDateTime now,
                                  Map<String, FollowUpRule> ruleByTopic, Map<String, UserAccount> personByName) {
        List<Violation> violations = new ArrayList<>();
        FollowUpRule rule = ruleByTopic.get(key(row.text("rule")));
        if (rule == null) {
            violations.add(new Violation("rule", row.isBlank("rule") ? "field.required" : "import.items.ruleUnknown"));
        }
        ItemFormData form = new ItemFormData();
        form.setTitle(row.text("title"));
        form.setCounterpartName(row.text("counterpart"));
        form.setContactName(row.text("contact"));
        form.setContactEmail(row.text("email"));
        form.setContactPhone(row.text("phone"));
        form.setAmount(row.text("amount"));
        form.setCurrency(row.isBlank("currency") ? defaultCurrency : row.text("currency"));
        form.setInvoiceNumber(row.text("invoiceNumber"));
        form.setCreditDays(row.whole("creditDays", 0, 3650, violations));
        form.setDueDate(row.date("dueDate", violations));
        form.setPromisedDate(row.date("promisedDate", violations));
        Integer rating = row.whole("rating", 1, 5, violations);
        Integer probability = row.whole("probability", 0, 100, violations);
        form.setRating(rating != null ? rating : form.getRating());
        form.setConversionProbability(probability != null ? probability : form.getConversionProbability());
        Item item = null;
        if (rule != null) {
            long ownerId = owner(row, rule, me, personByName, violations);
            List<Violation> found = new ArrayList<>();
            item = opening.draft(form, rule, ownerId, now, me.id(), found);
            found.stream().filter(v -> violations.stream().noneMatch(known -> known.field().equals(column(v.field()))))
                    .map(v -> new Violation(column(v.field()), v.messageKey(), v.args())).forEach(violations::add);
        }
        if (!violations.isEmpty()) {
            return new RowReading.Invalid<>(violations);
        }
        item.importedFrom(fileName, me.id(), now.toInstant());
        return new RowReading.Valid<>(item);
    }

    /** The rule's named person; else the person named in the row, who must work in the area; else the importer. */
    private static long owner(ImportRow row, FollowUpRule rule, SignedInUser me, Map<String, UserAccount> personByName,
                              List<Violation> violations) {
        long ownerId = me.actor().ownerFor(rule, null);
        if (ownerId != me.id() || row.isBlank("owner")) {
            return ownerId;
        }
        UserAccount person = personByName.get(key(row.text("owner")));
        if (person == null || !person.worksIn(rule.area())) {
            violations.add(new Violation("owner", "import.items.ownerUnknown"));
            return ownerId;
        }
        return person.id();
    }

    private static String column(String field) {
        return COLUMN_OF.getOrDefault(field, field);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
