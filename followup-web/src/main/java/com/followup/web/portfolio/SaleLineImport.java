package com.followup.web.portfolio;

import com.followup.domain.Violation;
import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowReading;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SaleLine;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.web.account.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.followup.domain.importing.ImportColumn.optional;
import static com.followup.domain.importing.ImportColumn.required;

/**
 * Sale lines from an ERP or accounting export, checked as {@link SaleLine#validate} checks one, each for a customer
 * the portfolio has, named by name or by tax id. The optional document column (invoice or order number) only tells
 * two equal lines of different invoices apart: without it, a line equal to one imported before is taken as the same.
 */
@Component
class SaleLineImport extends PortfolioImport<SaleLine> {

    private static final List<ImportColumn> COLUMNS = List.of(
            required("customer", "customer", "customer name", "client", "tax id", "rfc", "cliente", "nombre del cliente",
                    "razón social"),
            required("date", "date", "invoice date", "order date", "day", "fecha", "fecha de factura", "fecha del pedido"),
            required("product", "product", "item", "sku", "description", "producto", "artículo", "descripción"),
            optional("family", "family", "product family", "category", "product line", "familia", "categoría", "línea"),
            required("quantity", "quantity", "qty", "units", "cantidad", "unidades"),
            required("amount", "amount", "total", "net amount", "revenue", "importe", "monto", "total neto", "venta"),
            optional("currency", "currency", "moneda", "divisa"),
            optional("cost", "cost", "costo", "coste"),
            optional("margin", "margin", "margen"),
            optional("document", "document", "invoice", "invoice number", "order", "order number", "documento", "factura",
                    "número de factura", "pedido", "folio"));

    private final Customers customers;
    private final SalesHistory sales;
    private final Clock clock;
    private final String defaultCurrency;

    SaleLineImport(Customers customers, SalesHistory sales, Clock clock,
                   @Value("${followup.default-currency:MXN}") String defaultCurrency) {
        super("sales", COLUMNS);
        this.customers = customers;
        this.sales = sales;
        this.clock = clock;
        this.defaultCurrency = defaultCurrency;
    }


    @Override
    public Rows<SaleLine> rows(SignedInUser me, String fileName) {
        Map<String, Long> customerByName = new HashMap<>();
        Map<String, Long> customerByTaxId = new HashMap<>();
        for (Customer customer : customers.findAll()) {
            customerByName.put(key(customer.name()), customer.id());
            if (customer.taxId() != null) {
                customerByTaxId.putIfAbsent(key(customer.taxId()), customer.id());
            }
        }
        LocalDate today = LocalDate.now(clock);
        return row -> read(row, today, customerByName, customerByTaxId);
    }

    @Override
    public void store(List<SaleLine> lines) {
        sales.add(lines);
    }

    private RowReading<SaleLine> read(ImportRow row, LocalDate today, Map<String, Long> customerByName,
                                      Map<String, Long> customerByTaxId) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = row.date("date", violations);
        SaleLine.Draft draft = new SaleLine.Draft(row.text("customer"), day == null ? row.text("date") : day.toString(),
                row.text("product"), row.text("family"), row.text("quantity"), row.text("amount"),
                row.isBlank("currency") ? defaultCurrency : row.text("currency"), row.text("cost"), row.text("margin"));
        SaleLine.validate(draft, today).stream()
                .filter(found -> violations.stream().noneMatch(known -> known.field().equals(found.field())))
                .forEach(violations::add);
        Long customerId = customerByName.getOrDefault(key(row.text("customer")), customerByTaxId.get(key(row.text("customer"))));
        if (customerId == null && !row.isBlank("customer")) {
            violations.add(new Violation("customer", "import.sales.customerUnknown"));
        }
        if (!violations.isEmpty()) {
            return new RowReading.Invalid<>(violations);
        }
        return new RowReading.Valid<>(SaleLine.from(draft, customerId));
    }
}
