package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.importing.ImportBatches;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.followup.web.importing.ImportRequests.upload;
import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The import of items, step by step, as a manager of Administration goes through it. */
@FollowupWebTest
class ImportPagesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ImportBatches batches;

    @Test
    void the_item_list_leads_managers_to_the_upload_page_which_lists_the_columns() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        Page list = Page.of(mvc.perform(get("/items?area=ADMINISTRATION").with(as(manager))));
        assertThat(list.attr("#import-items", "href")).isEqualTo("/imports/items");

        Page page = Page.of(mvc.perform(get(list.attr("#import-items", "href")).with(as(manager)).header("Accept-Language", "es")));
        assertThat(page.text("h1")).isEqualTo("Importar asuntos desde un archivo");
        assertThat(page.texts(".import-columns strong")).contains("Definición", "Título", "Vencimiento");
    }

    @Test
    void staff_see_no_import_and_are_refused_it() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        assertThat(Page.of(mvc.perform(get("/items?area=SALES").with(as(staff)))).select("#import-items")).isEmpty();
        mvc.perform(get("/imports/items").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(upload(staff, "x.csv", "rule,title,counterpart\nx,y,z\n")).andExpect(status().isForbidden());
        mvc.perform(get("/imports/nothing").with(as(people.director()))).andExpect(status().isNotFound());
    }

    @Test
    void a_file_is_previewed_with_a_message_for_each_wrong_row_then_its_valid_rows_are_imported_as_if_opened_by_hand()
            throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount ana = people.staff(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        String csv = """
                Rule,Title,Customer,Email,Owner,Amount,Currency,Invoice number,Credit days,Ignored column
                %1$s,Invoice F-100,Grupo Alameda,pagos@alameda.test,%2$s,"25,000.50",mxn,F-100,30,x
                %1$s,Invoice F-101,,not-an-email,nobody,1.005,MXN,F-101,,x
                Unknown rule,Invoice F-102,Aceros,,,10,MXN,F-102,15,x
                """.formatted(rule.topic(), ana.username());

        MvcResult uploaded = mvc.perform(upload(manager, "invoices.csv", csv)).andExpect(status().is3xxRedirection()).andReturn();
        String batchPath = uploaded.getResponse().getRedirectedUrl();
        assertThat(itemsUnder(rule)).isEmpty();

        Page preview = Page.of(mvc.perform(get(batchPath).with(as(manager)).header("Accept-Language", "en")));
        assertThat(preview.text("#import-counts")).isEqualTo("3 rows read: 1 can be imported, 2 have problems (listed below).");
        assertThat(preview.text("#import-result button")).isEqualTo("Import 1 valid row");
        assertThat(Page.of(mvc.perform(get(batchPath).with(as(manager)).header("Accept-Language", "es")))
                .text("#import-result button")).isEqualTo("Importar 1 fila válida");
        assertThat(preview.texts("#problems > li > strong")).containsExactly("Row 3", "Row 4");
        assertThat(preview.texts("#problems > li:first-child .problem")).contains("Counterpart: " + message("field.required"),
                "Owner: No active person with this user name works in the area of the rule.",
                "Credit days: " + message("item.form.creditDaysRequired"));
        assertThat(preview.texts("#problems > li:nth-child(2) .problem"))
                .containsExactly("Rule: No active rule of an area you manage has this topic.");

        Page spanish = Page.of(mvc.perform(get(batchPath).with(as(manager)).header("Accept-Language", "es")));
        assertThat(spanish.texts("#problems > li:nth-child(2) .problem"))
                .containsExactly("Definición: Ninguna definición activa de un área que usted gestiona tiene este tema.");

        mvc.perform(post(batchPath).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());

        List<Item> imported = itemsUnder(rule);
        assertThat(imported).hasSize(1);
        Item item = imported.get(0);
        assertThat(item.title()).isEqualTo("Invoice F-100");
        assertThat(item.ownerId()).isEqualTo(ana.id());
        assertThat(item.amount()).isEqualTo(Money.of("25000.50", "MXN"));
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(((ItemDetails.AdministrationDetails) item.details()).creditDays()).isEqualTo(30);
        assertThat(item.nextDueAt()).isEqualTo(rule.frequency().nextDueAfter(item.startedAt()).toInstant());
        Page itemPage = Page.of(mvc.perform(get("/items/" + item.id()).with(as(manager))));
        assertThat(itemPage.text()).contains("Imported from file invoices.csv");

        Page done = Page.of(mvc.perform(get(batchPath).with(as(manager))));
        assertThat(done.text("#import-counts")).endsWith(": 1 added; 0 rows had been imported from an earlier file; 2 rows failed.");
        assertThat(done.select("#import-result button")).isEmpty();
    }

    @Test
    void an_upload_sent_by_htmx_goes_to_its_preview_and_the_confirmation_says_how_far_it_has_come() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount ana = people.staff(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        String csv = """
                Rule,Title,Customer,Owner,Amount,Currency,Invoice number,Credit days
                %1$s,Invoice P-1,Grupo Alameda,%2$s,100,MXN,P-1,30
                %1$s,Invoice P-2,Grupo Alameda,%2$s,200,MXN,P-2,30
                """.formatted(rule.topic(), ana.username());

        MvcResult sent = mvc.perform(upload(manager, "invoices.csv", csv).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn();
        String batchPath = sent.getResponse().getHeader("HX-Redirect");
        assertThat(batchPath).matches("/imports/items/\\d+");
        long id = Long.parseLong(batchPath.substring(batchPath.lastIndexOf('/') + 1));

        Page refused = Page.of(mvc.perform(upload(manager, "empty.csv", "").header("HX-Request", "true")));
        assertThat(refused.isWholePage()).isFalse();
        assertThat(refused.select("form#upload-form .invalid-feedback")).hasSize(1);
        assertThat(refused.attr("#upload-progress-bar", "max")).isEqualTo("100");

        Page preview = Page.of(mvc.perform(get(batchPath).with(as(manager)).header("Accept-Language", "en")));
        assertThat(preview.one("#import-progress").hasAttr("hidden")).isTrue();
        assertThat(preview.attr("#import-progress", "hx-trigger")).isEqualTo("import-started");
        assertThat(preview.attr("#import-progress", "hx-get")).isEqualTo(batchPath + "/progress");
        assertThat(preview.attr("#import-result form", "data-import-progress")).isEqualTo("#import-progress");

        Page starting = Page.of(mvc.perform(get(batchPath + "/progress").with(as(manager)).header("Accept-Language", "en")));
        assertThat(starting.attr("#import-progress", "hx-trigger")).isEqualTo("every 1s");
        assertThat(starting.text("#import-progress label")).isEqualTo("Starting the import of 2 rows... stay on this page.");
        assertThat(starting.one("#import-progress-bar").hasAttr("value")).isFalse();

        batches.progress(id, 1, clock.instant());
        Page running = Page.of(mvc.perform(get(batchPath + "/progress").with(as(manager)).header("Accept-Language", "es")));
        assertThat(running.attr("#import-progress", "role")).isEqualTo("status");
        assertThat(running.text("#import-progress label"))
                .isEqualTo("1 de 2 filas procesadas (guardadas, u omitidas por importadas antes)... no salga de esta página.");
        assertThat(running.attr("#import-progress-bar", "value")).isEqualTo("1");
        assertThat(running.attr("#import-progress-bar", "max")).isEqualTo("2");
        Page reloaded = Page.of(mvc.perform(get(batchPath).with(as(manager))));
        assertThat(reloaded.one("#import-progress").hasAttr("hidden")).isFalse();
        assertThat(reloaded.attr("#import-progress", "hx-trigger")).isEqualTo("every 1s");

        batches.progress(id, 1, clock.instant().minus(ImportController.PROGRESS_FRESH).minusSeconds(1));
        assertThat(Page.of(mvc.perform(get(batchPath).with(as(manager)))).one("#import-progress").hasAttr("hidden")).isTrue();

        mvc.perform(post(batchPath).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());
        assertThat(itemsUnder(rule)).hasSize(2);
        assertThat(batches.progress(id)).map(ImportBatches.Progress::doneRows).contains(2);
        Page finished = Page.of(mvc.perform(get(batchPath + "/progress").with(as(manager)).header("Accept-Language", "en")));
        assertThat(finished.text("#import-progress")).isEqualTo("The import has finished. See the result");
        assertThat(finished.attr("#import-progress a", "href")).isEqualTo(batchPath);
        assertThat(finished.attr("#import-progress", "hx-trigger")).isEqualTo("import-started");
        assertThat(finished.select("progress")).isEmpty();
    }

    @Test
    void the_failed_rows_download_as_they_were_with_their_row_and_reasons_and_formulas_stay_text() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        String csv = "Rule;Title;Customer;Amount;Invoice number;Credit days\n"
                + rule.topic() + ";=cmd|' /C calc'!A0;Aceros;abc;F-1;30\n";
        String batchPath = mvc.perform(upload(manager, "bad.csv", csv)).andReturn().getResponse().getRedirectedUrl();

        MvcResult download = mvc.perform(get(batchPath + "/failed-rows.csv").with(as(manager)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn();

        assertThat(download.getResponse().getContentType()).startsWith("text/csv");
        assertThat(download.getResponse().getContentAsString().lines().toList()).containsExactly(
                "\"Rule\",\"Title\",\"Customer\",\"Amount\",\"Invoice number\",\"Credit days\",\"Row\",\"Problems\"",
                "\"" + rule.topic() + "\",\"'=cmd|' /C calc'!A0\",\"Aceros\",\"abc\",\"F-1\",30,2,\"Amount: "
                        + message("amount.format").replace("{0}", "2") + "\"");
    }

    @Test
    void semicolons_a_byte_order_mark_spanish_headers_and_day_month_year_dates_are_read() throws Exception {
        UserAccount manager = people.manager(Area.OPERATIONS);
        FollowUpRule rule = mother.operationsRule();
        String csv = "\uFEFFRegla;Título;Proveedor;Fecha Prometida;Teléfono\n" + rule.topic().toUpperCase()
                + ";Pedido 7;Aceros del Norte;31/12/2026;+52 55 1234 5678\n" + rule.topic() + ";=HYPERLINK(\"x\");Aceros;2026-12-30;\n";

        String batchPath = mvc.perform(upload(manager, "pedidos.csv", csv)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(batchPath).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());

        List<Item> imported = itemsUnder(rule);
        assertThat(imported).extracting(item -> ((ItemDetails.OperationsDetails) item.details()).promisedDate())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 30));
        assertThat(imported).extracting(Item::title).contains("=HYPERLINK(\"x\")");
        assertThat(imported).extracting(item -> item.counterpart().phone()).contains("+52 55 1234 5678");
    }

    @Test
    void a_file_uploaded_by_someone_else_is_not_found_but_directors_see_it() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        String batchPath = mvc.perform(upload(manager, "a.csv", "rule,title,counterpart\nx,y,z\n"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(batchPath).with(as(people.manager(Area.ADMINISTRATION)))).andExpect(status().isNotFound());
        mvc.perform(post(batchPath).with(csrf()).with(as(people.manager(Area.ADMINISTRATION)))).andExpect(status().isNotFound());
        mvc.perform(get(batchPath).with(as(people.director()))).andExpect(status().isOk());
    }

    private List<Item> itemsUnder(FollowUpRule rule) {
        return jdbc.sql("select id from item where rule_id = ? order by id").param(rule.id()).query(Long.class).list()
                .stream().map(id -> items.findById(id).orElseThrow()).toList();
    }

    private static String message(String key) throws Exception {
        java.util.Properties english = new java.util.Properties();
        try (var in = ImportPagesTest.class.getResourceAsStream("/i18n/messages.properties")) {
            english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return english.getProperty(key);
    }
}
