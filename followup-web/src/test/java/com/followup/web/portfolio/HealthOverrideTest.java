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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A manager sets a customer's health by hand, with a reason, until a day; the computed health shows again after it. */
@FollowupWebTest
class HealthOverrideTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioRecompute recompute;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private UserAccount manager;
    private UserAccount seller;
    private Customer sleepy;
    private LocalDate today;

    /** A customer who bought twice long ago: red health. */
    @BeforeEach
    void portfolio() {
        CustomerMother mother = new CustomerMother(customers, sales);
        today = LocalDate.now(clock);
        manager = people.manager(Area.SALES);
        seller = people.staff(Area.SALES);
        sleepy = mother.withSales(mother.customer(CustomerMother.uniqueName("Sleepy"), seller.id()), today, 2, 30, 500, "100");
        recompute.recompute();
    }

    @Test
    void the_override_is_shown_everywhere_until_its_last_day_and_stays_on_the_history() throws Exception {
        Page before = customerPage(manager, "en");
        assertThat(before.text("#customer-badges")).contains("· red");
        String computed = before.text("#score-HEALTH .score-value");

        mvc.perform(override(manager, "85", "Settled the dispute; big order promised", today.plusDays(30), sleepy.version()))
                .andExpect(redirectedUrl("/portfolio/" + sleepy.id()));

        Page page = customerPage(seller, "en");
        assertThat(page.text("#customer-badges")).contains("Health 85 · green");
        assertThat(page.text("#score-HEALTH .score-value")).isEqualTo("85 of 100");
        assertThat(page.text("#health-overridden")).startsWith("Set to 85 by a manager until ")
                .contains("Settled the dispute; big order promised").endsWith(computed.replace(" of 100", "") + ".");
        assertThat(page.texts("#changes li")).anyMatch(change -> change.contains("Health set to 85 until " + today.plusDays(30)
                + ": Settled the dispute; big order promised") && change.endsWith(manager.displayName()));
        assertThat(page.select("#health-override")).as("staff see the override, not its form").isEmpty();
        assertThat(Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id())).param("health", "GREEN")
                .with(as(manager)))).texts(PortfolioPagesTest.NAMES)).containsExactly(sleepy.name());
        assertThat(Page.of(mvc.perform(get("/portfolio/{id}", sleepy.id()).header("Accept-Language", "es").with(as(manager))))
                .text("#health-overridden")).startsWith("Fijada en 85 por un gerente hasta el ");

        jdbc.sql("update customer set health_override_until = ? where id = ?").params(today.minusDays(1), sleepy.id()).update();
        Page expired = customerPage(manager, "en");
        assertThat(expired.text("#score-HEALTH .score-value")).isEqualTo(computed);
        assertThat(expired.select("#health-overridden")).isEmpty();
        assertThat(Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id())).param("health", "GREEN")
                .with(as(manager)))).texts(PortfolioPagesTest.NAMES)).isEmpty();
    }

    @Test
    void wrong_values_are_said_next_to_their_fields_kept_as_typed_and_nothing_is_saved() throws Exception {
        Page page = Page.of(mvc.perform(override(manager, "101", " ", today, sleepy.version()).header("Accept-Language", "en"))
                .andExpect(status().isOk()));

        assertThat(page.text("#score-error")).isEqualTo("A whole number from 0 to 100.");
        assertThat(page.select("#reason-error").text()).isNotBlank();
        assertThat(page.text("#until-error")).isEqualTo("A day after today and within a year.");
        assertThat(page.attr("#score", "value")).isEqualTo("101");
        Page spanish = Page.of(mvc.perform(override(manager, "abc", "ok", null, sleepy.version()).header("Accept-Language", "es")));
        assertThat(spanish.text("#score-error")).isEqualTo("Un número entero de 0 a 100.");
        assertThat(overrides()).isZero();
    }

    @Test
    void a_form_sent_twice_or_after_someone_else_saved_is_refused_and_recorded_once() throws Exception {
        mvc.perform(override(manager, "70", "Visited: all well", today.plusDays(10), sleepy.version()))
                .andExpect(status().is3xxRedirection());
        Page again = Page.of(mvc.perform(override(manager, "70", "Visited: all well", today.plusDays(10), sleepy.version())
                .header("Accept-Language", "en")).andExpect(status().isOk()));

        assertThat(again.text(".alert-danger")).startsWith("Someone changed this customer while you were writing");
        assertThat(overrides()).isEqualTo(1);
        mvc.perform(override(seller, "90", "Mine", today.plusDays(10), sleepy.version() + 1)).andExpect(status().isForbidden());
        assertThat(overrides()).isEqualTo(1);
    }

    private Page customerPage(UserAccount who, String language) throws Exception {
        return Page.of(mvc.perform(get("/portfolio/{id}", sleepy.id()).header("Accept-Language", language).with(as(who))));
    }

    private long overrides() {
        return jdbc.sql("select count(*) from customer_change where customer_id = ? and kind = 'HEALTH_OVERRIDDEN'")
                .param(sleepy.id()).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder override(UserAccount who, String score, String reason, LocalDate until, long version) {
        return post("/portfolio/{id}/health-override", sleepy.id()).with(csrf()).with(as(who))
                .param("score", score).param("reason", reason).param("until", until == null ? "" : until.toString())
                .param("version", String.valueOf(version));
    }
}
