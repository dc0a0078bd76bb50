package com.followup.web.lead;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
import com.followup.domain.lead.Leads;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/leads with an API key: it creates leads, once per Idempotency-Key, and a key opens nothing else. */
@FollowupWebTest
class LeadApiTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired ApiKeys keys;
    @Autowired Leads leads;
    @Autowired JdbcClient jdbc;

    @Test
    void a_key_creates_a_lead_for_the_source_seller_once_per_idempotency_key_and_is_seen_as_used() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());
        String key = key("Website form");
        String idempotency = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            mvc.perform(send(key, "{\"name\":\"Ana Web\",\"email\":\"ana.web@example.com\",\"phone\":\"55 4444 3333\","
                            + "\"sourceId\":" + source + ",\"consent\":true}").header("Idempotency-Key", idempotency))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("NEW"));
        }

        assertThat(leads.inbox(seller.id(), 10)).extracting(row -> row.lead().contact().name()).containsExactly("Ana Web");
        assertThat(keys.all()).filteredOn(k -> k.name().equals("Website form")).extracting(ApiKey::lastUsedAt)
                .allSatisfy(used -> assertThat(used).isNotNull());
    }

    @Test
    void what_is_wrong_comes_back_by_field_and_nothing_is_stored() throws Exception {
        String key = key("Broken tool");
        long before = leadCount();

        mvc.perform(send(key, "{\"name\":\"\",\"email\":\"nope\"}").header("Accept-Language", "es"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message").value("Escribe un correo como nombre@ejemplo.com."))
                .andExpect(jsonPath("$.errors[?(@.field == 'sourceId')]").exists());
        mvc.perform(send(key, "not json")).andExpect(status().is4xxClientError());

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void no_key_a_wrong_key_or_a_revoked_key_is_refused() throws Exception {
        long source = mother.source(people.staff(Area.SALES).id(), List.of());
        String body = "{\"name\":\"Nobody\",\"email\":\"nobody@example.com\",\"sourceId\":" + source + "}";
        String revoked = key("Old tool");
        keys.revoke(keys.all().stream().filter(k -> k.name().equals("Old tool")).findFirst().orElseThrow().id(), Instant.now());
        long before = leadCount();

        mvc.perform(post("/api/leads").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
        mvc.perform(send("fu_guessed", body)).andExpect(status().isUnauthorized());
        mvc.perform(send(revoked, body)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/leads").with(as(people.director())).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());

        assertThat(leadCount()).isEqualTo(before);
    }

    @Test
    void a_key_opens_no_page_and_no_form() throws Exception {
        String key = key("Curious tool");

        mvc.perform(get("/leads").header("Authorization", "Bearer " + key)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/leads").header("Authorization", "Bearer " + key).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/api-keys").header("Authorization", "Bearer " + key)).andExpect(status().is3xxRedirection());
    }

    @Test
    void an_api_call_reads_and_makes_no_session_whatever_its_answer() throws Exception {
        String key = key("Sessionless tool");
        long source = mother.source(people.staff(Area.SALES).id(), List.of());
        String lead = "{\"name\":\"Eva Api\",\"email\":\"eva.api." + UUID.randomUUID() + "@example.com\",\"sourceId\":" + source + "}";

        for (MockHttpServletRequestBuilder call : List.of(send(key, lead), send(key, "{\"name\":\"\"}"), send("fu_guessed", lead),
                send(key, lead).header("Idempotency-Key", "not-a-uuid"), send(key, lead).cookie(new Cookie("SESSION", "c29tZQ")))) {
            MvcResult answered = mvc.perform(call).andReturn();
            assertThat(answered.getResponse().getStatus()).isIn(201, 400, 401, 422);
            assertThat(answered.getResponse().getHeaders("Set-Cookie")).isEmpty();
            assertThat(answered.getRequest().getSession(false)).isNull();
        }
        mvc.perform(send(key, lead).header("Idempotency-Key", "not-a-uuid")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void a_stored_lead_is_answered_in_json_with_its_id_status_and_deadline_whatever_the_tool_accepts() throws Exception {
        String key = key("Picky tool");
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());

        for (String accepts : List.of("application/json", "text/html", "*/*")) {
            String email = "ida.api." + UUID.randomUUID() + "@example.com";
            String answer = mvc.perform(send(key, "{\"name\":\"Ida Api\",\"email\":\"" + email + "\",\"sourceId\":" + source + "}")
                            .header("Accept", accepts))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.status").value("NEW"))
                    .andExpect(jsonPath("$.respondBy").isString())
                    .andReturn().getResponse().getContentAsString();
            long id = jdbc.sql("select id from lead where email = ?").param(email).query(Long.class).single();
            assertThat(answer).startsWith("{\"id\":" + id + ",");
        }
        mvc.perform(send(key, "{\"name\":\"\"}").header("Accept", "text/html")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON)).andExpect(jsonPath("$.errors").isArray());
    }

    @Test
    void a_director_makes_a_key_sees_it_once_and_revokes_it() throws Exception {
        UserAccount director = people.director();
        String name = "Landing page " + UUID.randomUUID();

        MvcResult sent = mvc.perform(post("/admin/api-keys").with(csrf()).with(as(director)).param("name", name))
                .andExpect(status().is3xxRedirection()).andReturn();
        Page made = Page.of(mvc.perform(get(sent.getResponse().getRedirectedUrl()).with(as(director)).cookie(sent.getResponse().getCookie("SESSION"))));
        String secret = made.text("#api-key-secret");
        assertThat(made.everything()).contains(name);
        assertThat(secret).startsWith("fu_");
        assertThat(jdbc.sql("select count(*) from api_key where key_hash = ?").param(secret).query(Long.class).single()).isZero();
        assertThat(Page.of(mvc.perform(get("/admin/api-keys").with(as(director)))).everything()).doesNotContain(secret);

        Page refused = Page.of(mvc.perform(post("/admin/api-keys").with(csrf()).with(as(director)).param("name", " ")));
        assertThat(refused.error("name")).isEqualTo("Enter the name.");

        long id = keys.all().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/api-keys/{id}/revoke", id).with(csrf()).with(as(director))).andExpect(status().is3xxRedirection());
        mvc.perform(send(secret, "{}")).andExpect(status().isUnauthorized());
    }

    private String key(String name) {
        String secret = ApiKey.newSecret();
        keys.create(name, ApiKey.hash(secret), people.director().id(), Instant.now());
        return secret;
    }

    private static MockHttpServletRequestBuilder send(String key, String json) {
        return post("/api/leads").header("Authorization", "Bearer " + key).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private long leadCount() {
        return jdbc.sql("select count(*) from lead").query(Long.class).single();
    }
}
