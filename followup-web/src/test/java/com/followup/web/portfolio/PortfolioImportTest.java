package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** On PostgreSQL: customers and their sales come from ERP files, previewed row by row, each row imported once. */
@FollowupWebTest
class PortfolioImportTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_customers_file_adds_new_names_updates_known_ones_and_says_what_is_wrong_with_each_other_row() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        UserAccount otherSeller = people.staff(Area.SALES);
        Customer known = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Known"), seller.id());
        String fresh = CustomerMother.uniqueName("Fresh");
        String csv = """
                Nombre;RFC;Tipo;Región;Vendedor;Canal;Potencial anual
                %1$s;ABC010101AB1;retail;Norte;%2$s;visita;"1,200,000.00"
                %3$s;;Industry;;%4$s;email;
                Bad one;A B;Aliens;;nobody;fax;lots
                """.formatted(fresh, seller.username(), known.name().toUpperCase(), otherSeller.username());

        String batch = upload(manager, "customers", "clientes.csv", csv);
        Page preview = Page.of(mvc.perform(get(batch).with(as(manager)).header("Accept-Language", "en")));
        assertThat(preview.text("#import-counts")).isEqualTo("3 rows read: 2 can be imported, 1 has problems (listed below).");
        assertThat(preview.texts("#problems > li > strong")).containsExactly("Row 4");
        assertThat(preview.texts("#problems > li:first-child .problem")).containsExactly(
                "Tax id: Letters, digits, & and - only.",
                "Type: Not one of the customer types the directors keep.",
                "Account owner: No one of that name can own customers.",
                "Channel: One of: visit, call, email, self-service.",
                "Potential: Enter a number of zero or more, such as 1,250.50, with at most 2 decimals.");
        assertThat(customers.findByName(fresh)).isEmpty();

        mvc.perform(post(batch).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());

        Customer added = customers.findByName(fresh).orElseThrow();
        assertThat(added.taxId()).isEqualTo("ABC010101AB1");
        assertThat(added.type()).isEqualTo("Retail");
        assertThat(added.ownerId()).isEqualTo(seller.id());
        assertThat(added.channel().name()).isEqualTo("VISIT");
        assertThat(added.potentialPerYear()).isEqualByComparingTo("1200000");
        Customer updated = customers.findById(known.id()).orElseThrow();
        assertThat(updated.name()).isEqualTo(known.name());
        assertThat(updated.ownerId()).isEqualTo(otherSeller.id());
        assertThat(updated.channel().name()).isEqualTo("EMAIL");
        assertThat(updated.version()).isEqualTo(known.version() + 1);
        assertThat(Page.of(mvc.perform(get("/portfolio/" + known.id()).with(as(manager)))).texts("#changes li"))
                .anyMatch(change -> change.contains("Imported from file clientes.csv · " + manager.displayName()));
    }

    @Test
    void a_sales_file_with_two_bad_rows_imports_the_rest_once_and_the_failed_rows_download_with_their_reasons() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        Customer byName = mother.customer(CustomerMother.uniqueName("Ferretería"), seller.id());
        Customer byTaxId = customers.save(new Customer(null, CustomerMother.uniqueName("Aceros"), "TAX" + System.nanoTime() % 1_000_000,
                "Industry", null, seller.id(), com.followup.domain.portfolio.ServiceChannel.CALL, null, 0));
        LocalDate today = LocalDate.now(clock);
        String dayMonthYear = today.minusDays(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = """
                Customer,Date,Product,Family,Quantity,Amount,Currency,Cost,Invoice
                %1$s,%3$s,Desk,Furniture,2,"2,000.00",MXN,1200,F-1
                %2$s,%4$s,Chair,Furniture,4,800.50,,,F-2
                Nobody at all,%4$s,Chair,Furniture,1,10,MXN,,F-3
                %1$s,%5$s,Lamp,,1,abc,MXN,5,F-4
                %1$s,%4$s,Chair,Furniture,1,10,USD,,F-5
                """.formatted(byName.name(), byTaxId.taxId().toLowerCase(), today.minusDays(1), dayMonthYear, today.plusDays(1));

        String batch = upload(manager, "sales", "ventas.csv", csv);
        Page preview = Page.of(mvc.perform(get(batch).with(as(manager)).header("Accept-Language", "en")));
        assertThat(preview.texts("#problems > li > strong")).containsExactly("Row 4", "Row 5", "Row 6");
        assertThat(preview.texts("#problems > li:nth-child(3) .problem"))
                .containsExactly("Currency: The portfolio is kept in MXN: convert this line to MXN before importing it.");
        assertThat(preview.texts("#problems > li:first-child .problem"))
                .containsExactly("Customer: No customer of the portfolio has this name or tax id: import the customers first.");
        assertThat(preview.texts("#problems > li:nth-child(2) .problem")).containsExactly(
                "Date: A date from 2000-01-01 to " + today + ".",
                "Amount: Enter a number of zero or more, such as 1,250.50, with at most 2 decimals.");
        Page spanish = Page.of(mvc.perform(get(batch).with(as(manager)).header("Accept-Language", "es")));
        assertThat(spanish.texts("#problems > li:first-child .problem")).containsExactly(
                "Cliente: Ningún cliente de la cartera tiene este nombre o id fiscal: importa primero los clientes.");

        mvc.perform(post(batch).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());
        assertThat(lines(byName)).isEqualTo(1);
        assertThat(lines(byTaxId)).isEqualTo(1);
        assertThat(jdbc.sql("select amount, cost, day from sale_line where customer_id = ?").param(byTaxId.id())
                .query((rs, n) -> rs.getBigDecimal(1) + " " + rs.getBigDecimal(2) + " " + rs.getDate(3)).single())
                .isEqualTo("800.50 null " + today.minusDays(3));
        assertThat(sales.products(byName.id(), 5).get(0).revenue()).isEqualByComparingTo(new BigDecimal("2000"));

        String failed = mvc.perform(get(batch + "/failed-rows.csv").with(as(manager)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(failed.lines().toList()).hasSize(4);
        assertThat(failed.lines().toList().get(1)).startsWith("\"Nobody at all\"").contains(",4,\"Customer: No customer");

        String again = upload(manager, "sales", "ventas (copy).csv", csv);
        mvc.perform(post(again).with(csrf()).with(as(manager)));
        String overlapping = upload(manager, "sales", "more.csv", csv.lines().limit(2).reduce("", (a, b) -> a + b + "\n")
                + byName.name() + "," + today + ",Desk,Furniture,2,\"2,000.00\",MXN,1200,F-9\n");
        mvc.perform(post(overlapping).with(csrf()).with(as(manager)));
        assertThat(lines(byName)).isEqualTo(2);
        assertThat(lines(byTaxId)).isEqualTo(1);
        assertThat(Page.of(mvc.perform(get(overlapping).with(as(manager)))).text("#import-counts"))
                .endsWith(": 1 added; 1 row had been imported from an earlier file; 0 rows failed.");
    }

    @Test
    void directors_and_sales_managers_find_both_imports_on_the_portfolio_and_nobody_else_may_use_them() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        Page list = Page.of(mvc.perform(get("/portfolio").with(as(manager)).header("Accept-Language", "es")));
        assertThat(list.attr("#import-customers", "href")).isEqualTo("/imports/customers");
        assertThat(list.attr("#import-sales", "href")).isEqualTo("/imports/sales");
        Page upload = Page.of(mvc.perform(get("/imports/sales").with(as(people.director())).header("Accept-Language", "es")));
        assertThat(upload.text("h1")).isEqualTo("Importar ventas desde un archivo");
        assertThat(upload.texts(".import-columns strong")).contains("Cliente", "Fecha", "Importe", "Documento");

        UserAccount seller = people.staff(Area.SALES);
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(seller)))).select("#import-sales")).isEmpty();
        for (String kind : new String[] {"customers", "sales"}) {
            mvc.perform(get("/imports/" + kind).with(as(seller))).andExpect(status().isForbidden());
            mvc.perform(get("/imports/" + kind).with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isForbidden());
            mvc.perform(request(seller, kind, "x.csv", "name\nx\n")).andExpect(status().isForbidden());
        }
    }

    private long lines(Customer customer) {
        return jdbc.sql("select count(*) from sale_line where customer_id = ?").param(customer.id()).query(Long.class).single();
    }

    private String upload(UserAccount who, String kind, String fileName, String csv) throws Exception {
        return mvc.perform(request(who, kind, fileName, csv)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private static RequestBuilder request(UserAccount who, String kind, String fileName, String csv) {
        return multipart("/imports/" + kind)
                .file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(as(who)).header("Accept-Language", "en");
    }
}
