package com.followup.web.lead;

import com.followup.domain.Violation;
import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowReading;
import com.followup.domain.lead.LeadChannel;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.PhoneNumbers;
import com.followup.web.account.SignedInUser;
import com.followup.web.importing.ImportKind;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.followup.domain.importing.ImportColumn.optional;
import static com.followup.domain.importing.ImportColumn.required;

/**
 * Leads from a list (a trade fair, a webinar, a bought list): each row is checked as a typed-in lead is
 * ({@link LeadDraft#validate}) and taken in by {@link LeadIntake} when the file is confirmed, so it is matched to the
 * same person's earlier lead or prospect and assigned exactly as a lead from any other channel. Marketing, who bring
 * the lists, the Sales managers and directors import.
 */
@Component
class LeadImport implements ImportKind<LeadImport.Row> {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("name", "name", "full name", "contact", "nombre", "nombre completo", "contacto"),
            optional("email", "email", "e-mail", "mail", "correo", "correo electrónico"),
            optional("phone", "phone", "telephone", "mobile", "teléfono", "celular", "móvil"),
            optional("jobTitle", "job title", "title", "role", "position", "puesto", "cargo", "rol"),
            optional("company", "company", "organization", "empresa", "compañía", "organización"),
            required("source", "source", "list", "campaign", "fuente", "lista", "campaña"),
            optional("message", "message", "notes", "comment", "mensaje", "notas", "comentario"),
            optional("consent", "consent", "opt-in", "agreed to be contacted", "consentimiento", "acepta contacto"));
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "sí", "si", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    private final LeadIntake intake;
    private final Leads leads;
    private final PhoneNumbers phones;

    LeadImport(LeadIntake intake, Leads leads, PhoneNumbers phones) {
        this.intake = intake;
        this.leads = leads;
        this.phones = phones;
    }

    /** A row ready to take in: the lead, its request id (from the row's content) and who imported it. */
    record Row(LeadDraft draft, UUID requestId, long importedBy) {
    }

    @Override
    public String name() {
        return "leads";
    }

    @Override
    public List<ImportColumn> columns() {
        return COLUMNS;
    }

    @Override
    public boolean mayImport(SignedInUser me) {
        return me.role() == Role.DIRECTOR || me.role() == Role.MARKETING
                || me.role() == Role.MANAGER && me.areas().contains(Area.SALES);
    }

    @Override
    public Rows<Row> rows(SignedInUser me, String fileName) {
        Map<String, LeadSource> sourceByName = new HashMap<>();
        leads.sources().forEach(source -> sourceByName.putIfAbsent(key(source.name()), source));
        return row -> read(row, me, sourceByName);
    }

    @Override
    public void store(List<Row> rows) {
        // the file's leads are taken in one transaction, each locking its person (and a team's turn, capped sellers)
        // to the end of it: no single lead may hold one of those meanwhile and wait for another of them
        leads.holdAllIntake();
        rows.forEach(row -> intake.takeWithin(row.draft(), row.requestId(), row.importedBy(), LeadChannel.FILE));
    }

    @Override
    public String listPath(SignedInUser me) {
        return "/leads";
    }

    private RowReading<Row> read(ImportRow row, SignedInUser me, Map<String, LeadSource> sourceByName) {
        List<Violation> violations = new ArrayList<>();
        LeadSource source = sourceByName.get(key(row.text("source")));
        if (source == null && !row.isBlank("source")) {
            violations.add(new Violation("source", "import.leads.sourceUnknown"));
        }
        String consent = key(row.text("consent"));
        if (!consent.isEmpty() && !YES.contains(consent) && !NO.contains(consent)) {
            violations.add(new Violation("consent", "import.leads.consent"));
        }
        LeadDraft draft = new LeadDraft(row.text("name"), row.text("email"), row.text("phone"), row.text("jobTitle"),
                row.text("company"), source == null ? null : source.id(), row.text("message"), YES.contains(consent));
        draft.validate(phones).stream()
                .map(v -> v.field().equals("sourceId") ? new Violation("source", row.isBlank("source") ? "field.required"
                        : "import.leads.sourceUnknown", v.args()) : v)
                .filter(v -> violations.stream().noneMatch(known -> known.field().equals(v.field())))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            return new RowReading.Invalid<>(violations);
        }
        UUID requestId = UUID.nameUUIDFromBytes(row.key().hash());
        return new RowReading.Valid<>(new Row(draft, requestId, me.id()));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
