package com.followup.web.lead;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.lead.Leads;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.followup.web.support.People.as;
import static com.followup.web.support.People.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A website's form posts to /intake/<secret>: the lead reaches its source's seller and the person goes to the form's
 * thank-you page; bots, floods, strangers' guesses and oversize fields store nothing and never sign anyone in.
 */
@FollowupWebTest
class WebFormIntakeTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String THANKS = "https://www.example.com/gracias?from=form";

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired LeadForms forms;
    @Autowired Leads leads;
    @Autowired JdbcClient jdbc;

    @Test
    void a_posted_form_reaches_the_source_seller_and_sends_the_person_to_the_thank_you_page() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);

        mvc.perform(person(secret, "ana.form@example.com").param("phone", "55 1234 9876").param("consent", "true")
                        .param("message", "Quiero una demo"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", THANKS));

        assertThat(leads.inbox(seller.id(), 10)).singleElement().satisfies(row -> {
            assertThat(row.lead().contact().email()).isEqualTo("ana.form@example.com");
            assertThat(row.lead().contact().consent()).isTrue();
            assertThat(leads.history(row.lead().id()).get(0).details()).containsExactly(row.sourceName(), "FORM");
        });
    }

    @Test
    void the_same_post_sent_twice_stores_one_lead() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);

        for (int i = 0; i < 2; i++) {
            mvc.perform(person(secret, "twice@example.com")).andExpect(status().isSeeOther());
        }
        mvc.perform(person(secret, "other@example.com")).andExpect(status().isSeeOther());

        assertThat(leads.inbox(seller.id(), 10)).extracting(row -> row.lead().contact().email())
                .containsExactlyInAnyOrder("twice@example.com", "other@example.com");
    }

    @Test
    void a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);

        mvc.perform(person(secret, "bot@example.com").param("website", "http://spam.example"))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", THANKS));

        assertThat(leads.inbox(seller.id(), 10)).isEmpty();
    }

    @Test
    void an_unknown_or_revoked_secret_is_not_found_and_stores_nothing() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);
        long id = forms.all().stream().filter(f -> f.name().equals("Form of " + seller.id())).findFirst().orElseThrow().id();
        forms.revoke(id, Instant.now());
        long before = leadCount();

        mvc.perform(person(secret, "late@example.com")).andExpect(status().isNotFound());
        mvc.perform(person("guessed-" + UUID.randomUUID(), "guess@example.com")).andExpect(status().isNotFound());
        mvc.perform(person("x".repeat(5000), "long@example.com")).andExpect(status().isNotFound());

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void an_oversize_field_or_body_is_refused_in_the_person_s_language_and_nothing_is_stored() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);
        long before = leadCount();

        Page refused = Page.of(mvc.perform(person(secret, "big@example.com").param("company", "c".repeat(201))
                .header("Accept-Language", "es")).andExpect(status().isUnprocessableEntity()));
        assertThat(refused.text("h1")).isEqualTo("Aún no se envió");
        assertThat(refused.texts(".intake-problems li")).singleElement().asString().startsWith("Empresa:");
        assertThat(refused.select("a")).isEmpty();

        mvc.perform(person(secret, "huge@example.com").param("message", "m".repeat(WebFormIntakeController.MAX_BODY)))
                .andExpect(status().is(413));
        mvc.perform(person(secret, "").param("name", "n".repeat(121))).andExpect(status().isUnprocessableEntity());

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void a_file_upload_or_a_declared_body_over_16_kb_is_refused_before_anything_reads_it() throws Exception {
        String secret = form(people.staff(Area.SALES));
        long before = leadCount();

        mvc.perform(multipart("/intake/{secret}", secret).file("cv", new byte[1024]).with(from(address()))
                .param("name", "Ana Visitante").param("email", "upload@example.com"))
                .andExpect(status().isUnsupportedMediaType());
        byte[] body = ("name=Ana&email=long%40example.com&message=" + "m".repeat(WebFormIntakeController.MAX_BODY))
                .getBytes(StandardCharsets.US_ASCII);
        mvc.perform(post("/intake/{secret}", secret).with(from(address()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().is(413));

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void one_address_may_send_ten_a_minute_and_one_form_sixty_then_429() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);
        String address = address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(person(secret, "flood" + i + "@example.com").with(from(address))).andExpect(status().isSeeOther());
        }
        mvc.perform(person(secret, "flood-more@example.com").with(from(address))).andExpect(status().isTooManyRequests());

        for (int i = 10; i < 60; i++) {
            mvc.perform(person(secret, "flood" + i + "@example.com")).andExpect(status().isSeeOther());
        }
        mvc.perform(person(secret, "flood-last@example.com")).andExpect(status().isTooManyRequests());

        assertThat(leads.countNew(seller.id())).isEqualTo(60);
        mvc.perform(person(form(seller), "another-form@example.com")).andExpect(status().isSeeOther());
    }

    @Test
    void the_address_signs_nobody_in_reads_no_session_and_opens_no_other_page() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String secret = form(seller);

        MvcResult signIn = mvc.perform(person(secret, "sign@example.com").param("username", seller.username())
                .param("password", People.PASSWORD)).andExpect(status().isSeeOther()).andReturn();
        assertThat(signIn.getRequest().getSession(false)).isNull();
        assertThat(signIn.getResponse().getHeaders("Set-Cookie")).isEmpty();

        MockHttpServletResponse asDirector = mvc.perform(person(secret, "director@example.com").with(as(people.director())))
                .andReturn().getResponse();
        assertThat(asDirector.getStatus()).isEqualTo(303);
        assertThat(asDirector.getRedirectedUrl()).isEqualTo(THANKS);

        assertThat(mvc.perform(get("/intake/{secret}", secret).with(from(address()))).andReturn().getResponse().getStatus())
                .isIn(404, 405);
        for (String other : List.of("/intake/" + secret + "/leads", "/intake/" + secret + "/admin/users", "/intake/")) {
            assertThat(mvc.perform(post(other).with(from(address())).param("name", "x")).andReturn().getResponse().getStatus())
                    .as(other).isEqualTo(404);
        }
        mvc.perform(get("/leads").with(from(address()))).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_director_makes_a_form_sees_its_address_once_and_revokes_it() throws Exception {
        UserAccount director = people.director();
        long source = mother.source(people.staff(Area.SALES).id(), List.of());
        String name = "Contact page " + UUID.randomUUID();

        Page refused = Page.of(mvc.perform(post("/admin/lead-forms").with(csrf()).with(as(director))
                .param("name", name).param("sourceId", String.valueOf(source)).param("thankYouUrl", "javascript:alert(1)")));
        assertThat(refused.error("thankYouUrl")).isEqualTo("Enter a web address that starts with https:// or http://.");
        assertThat(refused.value("name")).isEqualTo(name);

        MvcResult sent = mvc.perform(post("/admin/lead-forms").with(csrf()).with(as(director))
                .param("name", name).param("sourceId", String.valueOf(source)).param("thankYouUrl", THANKS))
                .andExpect(status().is3xxRedirection()).andReturn();
        Page made = Page.of(mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(as(director)).cookie(sent.getResponse().getCookie("SESSION"))));
        String address = made.text("#lead-form-address");
        String secret = address.substring(address.lastIndexOf('/') + 1);
        assertThat(Page.of(mvc.perform(get("/admin/lead-forms").with(as(director)))).everything()).doesNotContain(secret)
                .contains(name);

        mvc.perform(person(secret, "made@example.com")).andExpect(status().isSeeOther());
        long id = forms.all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/lead-forms/{id}/revoke", id).with(csrf()).with(as(director))).andExpect(status().is3xxRedirection());
        mvc.perform(person(secret, "after@example.com")).andExpect(status().isNotFound());
    }

    private String form(UserAccount seller) {
        long source = mother.source(seller.id(), List.of());
        String secret = LeadForm.newSecret();
        forms.create("Form of " + seller.id(), source, THANKS, LeadForm.hash(secret), people.director().id(), Instant.now());
        return secret;
    }

    /** A visitor of the website, each from an address of their own unless the test says otherwise. */
    private MockHttpServletRequestBuilder person(String secret, String email) {
        return post("/intake/{secret}", secret).with(from(address())).param("name", "Ana Visitante").param("email", email);
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private long leadCount() {
        return jdbc.sql("select count(*) from lead").query(Long.class).single();
    }
}
