package com.followup.web.portfolio;

import com.followup.domain.Violation;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowReading;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.web.account.SignedInUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.followup.domain.importing.ImportColumn.optional;
import static com.followup.domain.importing.ImportColumn.required;

/**
 * Customers from an ERP or accounting export, checked as {@link Customer#validate} checks one. A name the portfolio
 * already has updates that customer (the ERP keeps its master data); a new name adds one. Directors and managers of
 * Sales import, as they are the ones who see the whole portfolio.
 */
@Component
class CustomerImport extends PortfolioImport<CustomerImport.Row> {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("name", "name", "customer", "customer name", "client", "company", "nombre", "cliente",
                    "nombre del cliente", "razón social", "empresa"),
            optional("taxId", "tax id", "tax number", "vat", "vat number", "rfc", "nif", "cif", "id fiscal", "número fiscal"),
            required("type", "type", "customer type", "tipo", "tipo de cliente"),
            optional("region", "region", "zone", "territory", "región", "zona", "territorio"),
            required("owner", "owner", "account owner", "salesperson", "username", "responsable", "vendedor", "ejecutivo",
                    "usuario"),
            required("channel", "channel", "service channel", "canal", "canal de servicio"),
            optional("potential", "potential", "potential per year", "annual potential", "potencial", "potencial anual"));

    /** The channels as a Spanish file names them. */
    private static final Map<String, String> SPANISH_CHANNELS = Map.of("visita", "VISIT", "llamada", "CALL",
            "correo", "EMAIL", "correo electronico", "EMAIL", "correo electrónico", "EMAIL", "autoservicio", "SELF_SERVICE");

    /** A valid row: the customer, and who brought it from which file. */
    record Row(Customer customer, String fileName, long byUserId, Instant at) {
    }

    private final Customers customers;
    private final UserAccounts accounts;
    private final Clock clock;

    CustomerImport(Customers customers, UserAccounts accounts, Clock clock) {
        super("customers", COLUMNS);
        this.customers = customers;
        this.accounts = accounts;
        this.clock = clock;
    }


    @Override
    public Rows<Row> rows(SignedInUser me, String fileName) {
        Map<String, String> typeByKey = new HashMap<>();
        customers.types().forEach(type -> typeByKey.put(key(type), type));
        Map<String, UserAccount> ownerByName = new HashMap<>();
        accounts.findAllOrderedByName().stream().filter(person -> person.active() && person.worksIn(Area.SALES))
                .forEach(person -> ownerByName.put(key(person.username()), person));
        Instant now = clock.instant();
        return row -> read(row, typeByKey, ownerByName, fileName, me.id(), now);
    }

    @Override
    public void store(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Row first = rows.get(0);
        customers.importAll(rows.stream().map(Row::customer).toList(), first.fileName(), first.byUserId(), first.at());
    }

    private static RowReading<Row> read(ImportRow row, Map<String, String> typeByKey, Map<String, UserAccount> ownerByName,
                                        String fileName, long byUserId, Instant now) {
        String type = typeByKey.getOrDefault(key(row.text("type")), row.text("type"));
        String channel = SPANISH_CHANNELS.getOrDefault(key(row.text("channel")), row.text("channel"));
        Customer.Draft draft = new Customer.Draft(row.text("name"), row.text("taxId"), type, row.text("region"),
                row.text("owner"), channel, row.text("potential"));
        List<Violation> violations = Customer.validate(draft, typeByKey::containsValue,
                owner -> ownerByName.containsKey(key(owner)));
        if (!violations.isEmpty()) {
            return new RowReading.Invalid<>(violations);
        }
        long ownerId = ownerByName.get(key(draft.owner())).id();
        return new RowReading.Valid<>(new Row(Customer.from(draft, ownerId), fileName, byUserId, now));
    }
}
