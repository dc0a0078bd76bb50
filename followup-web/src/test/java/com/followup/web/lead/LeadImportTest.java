package com.followup.web.lead;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.Leads;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Marketing imports a list of leads: a preview with each wrong row's problems, then the valid rows taken in once. */
@FollowupWebTest
class LeadImportTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired Leads leads;
    @Autowired JdbcClient jdbc;

    @Test
    void a_list_is_previewed_row_by_row_then_its_valid_rows_reach_the_source_seller_once() throws Exception {
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        UserAccount seller = people.staff(Area.SALES);
        String source = sourceName(mother.source(seller.id(), List.of()));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = """
                Nombre,Correo,Teléfono,Empresa,Fuente,Consentimiento,Ignored
                Lucía Feria,lucia-%1$s@example.com,,Feria SA,%2$s,sí,x
                Pedro Mal,not-an-email,,,No such list,maybe,x
                ,,,Nadie SA,%2$s,,x
                """.formatted(tag, source);

        String batchPath = mvc.perform(upload(marketing, "feria.csv", csv)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(leads.inbox(seller.id(), 10)).isEmpty();

        Page preview = Page.of(mvc.perform(get(batchPath).with(as(marketing)).header("Accept-Language", "en")));
        assertThat(preview.text("#import-counts")).isEqualTo("3 rows read: 1 can be imported, 2 have problems (listed below).");
        assertThat(preview.texts("#problems > li > strong")).containsExactly("Row 3", "Row 4");
        assertThat(preview.texts("#problems > li:first-child .problem")).containsExactlyInAnyOrder(
                "Source: No lead source has this name; a director adds sources.", "Consent: Write yes or no.",
                "Email: Enter an email address such as name@example.com.");
        assertThat(preview.texts("#problems > li:nth-child(2) .problem")).contains("Name: Fill this in.",
                "Phone: Give an email or a phone, so that a seller can reach the person.");

        mvc.perform(post(batchPath).with(csrf()).with(as(marketing))).andExpect(status().is3xxRedirection());

        assertThat(leads.inbox(seller.id(), 10)).singleElement().satisfies(row -> {
            Lead lead = row.lead();
            assertThat(lead.contact().name()).isEqualTo("Lucía Feria");
            assertThat(lead.contact().consent()).isTrue();
            assertThat(leads.history(lead.id()).get(0).details()).containsExactly(source, "FILE");
            assertThat(leads.history(lead.id()).get(0).who()).isEqualTo(marketing.id());
        });
        String failed = mvc.perform(get(batchPath + "/failed-rows.csv").with(as(marketing)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(failed.lines().toList()).hasSize(3);
        assertThat(failed).contains("Source: No lead source has this name");

        String again = mvc.perform(upload(marketing, "feria-copia.csv", csv)).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(again).with(csrf()).with(as(marketing))).andExpect(status().is3xxRedirection());
        assertThat(leads.inbox(seller.id(), 10)).hasSize(1);
    }

    @Test
    void a_row_for_someone_who_came_before_goes_to_that_lead_s_owner() throws Exception {
        UserAccount first = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        String email = "again-" + UUID.randomUUID() + "@example.com";
        mother.lead(mother.source(first.id(), List.of()), email, null);
        String source = sourceName(mother.source(other.id(), List.of()));
        UserAccount manager = people.manager(Area.SALES);

        String batchPath = mvc.perform(upload(manager, "again.csv", "name,email,source\nSame Person," + email.toUpperCase()
                + "," + source + "\n")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(batchPath).with(csrf()).with(as(manager))).andExpect(status().is3xxRedirection());

        assertThat(leads.inbox(first.id(), 10)).hasSize(2);
        assertThat(leads.inbox(other.id(), 10)).isEmpty();
    }

    @Test
    void marketing_sales_managers_and_directors_import_leads_and_nobody_else() throws Exception {
        for (UserAccount allowed : List.of(people.create(Role.MARKETING, Set.of()), people.manager(Area.SALES), people.director())) {
            mvc.perform(get("/imports/leads").with(as(allowed))).andExpect(status().isOk());
        }
        for (UserAccount refused : List.of(people.staff(Area.SALES), people.manager(Area.OPERATIONS))) {
            mvc.perform(get("/imports/leads").with(as(refused))).andExpect(status().isForbidden());
            mvc.perform(upload(refused, "x.csv", "name,email,source\nx,x@example.com,y\n")).andExpect(status().isForbidden());
        }
        Page inbox = Page.of(mvc.perform(get("/leads").with(as(people.create(Role.MARKETING, Set.of())))));
        assertThat(inbox.attr("#import-leads", "href")).isEqualTo("/imports/leads");
        assertThat(Page.of(mvc.perform(get("/leads").with(as(people.staff(Area.SALES))))).select("#import-leads")).isEmpty();
        Page upload = Page.of(mvc.perform(get("/imports/leads").with(as(people.director())).header("Accept-Language", "es")));
        assertThat(upload.text("h1")).isEqualTo("Importar leads desde un archivo");
    }

    private String sourceName(long id) {
        return jdbc.sql("select name from lead_source where id = ?").param(id).query(String.class).single();
    }

    private static RequestBuilder upload(UserAccount who, String fileName, String content) {
        return multipart("/imports/leads").file(new MockMultipartFile("file", fileName, "text/csv",
                content.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(who)).header("Accept-Language", "en");
    }
}
