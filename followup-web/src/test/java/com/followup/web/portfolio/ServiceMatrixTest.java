package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Directors set how each segment is served; coverage counts the customers contacted within their segment's rhythm. */
@FollowupWebTest
class ServiceMatrixTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired ServiceMatrices matrices;
    @Autowired PortfolioRecompute recompute;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_director_sets_each_segments_channel_and_rhythm_and_wrong_values_are_said_next_to_their_fields() throws Exception {
        UserAccount director = people.director();
        ServiceMatrix before = matrices.current();
        Page form = Page.of(mvc.perform(get("/portfolio/service").with(as(director)).header("Accept-Language", "es")));
        assertThat(form.text("h1")).isEqualTo("Matriz de servicio");
        assertThat(form.attr("#aEvery", "value")).isEqualTo(String.valueOf(before.level(Segment.A).everyDays()));

        Page refused = Page.of(mvc.perform(save(director, "VISIT", "120", "FAX", "30", before.version())
                .header("Accept-Language", "en")).andExpect(status().isOk()));
        assertThat(refused.text("#aEvery-error")).isEqualTo("A whole number of days from 1 to 90.");
        assertThat(refused.text("#bChannel-error")).isEqualTo("One of: visit, call, email, self-service.");
        assertThat(refused.attr("#aEvery", "value")).isEqualTo("120");
        assertThat(matrices.current()).isEqualTo(before);

        mvc.perform(save(director, "VISIT", "7", "CALL", "21", before.version())).andExpect(redirectedUrl("/portfolio"));
        ServiceMatrix after = matrices.current();
        assertThat(after.level(Segment.A)).isEqualTo(new ServiceMatrix.Level(com.followup.domain.portfolio.ServiceChannel.VISIT, 7));
        assertThat(after.level(Segment.B).everyDays()).isEqualTo(21);
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(director)).header("Accept-Language", "en")))
                .text("#coverage-A .rhythm")).isEqualTo("every 7 days");

        Page stale = Page.of(mvc.perform(save(director, "CALL", "10", "CALL", "21", before.version())
                .header("Accept-Language", "en")).andExpect(status().isOk()));
        assertThat(stale.text(".alert-danger")).startsWith("Another director saved the matrix");
        assertThat(matrices.current()).isEqualTo(after);
    }

    @Test
    void only_directors_set_the_matrix() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        mvc.perform(get("/portfolio/service").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(save(manager, "VISIT", "7", "CALL", "21", matrices.current().version())).andExpect(status().isForbidden());
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(manager)))).select("#service-matrix")).isEmpty();
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(people.director())))).attr("#service-matrix", "href"))
                .isEqualTo("/portfolio/service");
    }

    @Test
    void coverage_counts_the_customers_of_a_segment_contacted_within_its_rhythm_and_each_count_lists_them() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother customerMother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        Customer contacted = customerMother.withSales(customerMother.customer(CustomerMother.uniqueName("Contacted"), seller.id()),
                today, 5, 20, 3, "1000");
        Customer silent = customerMother.withSales(customerMother.customer(CustomerMother.uniqueName("Silent"), seller.id()),
                today, 5, 20, 3, "1000");
        Item offer = items.save(Item.open(mother.salesRule(RuleMother.uniqueTopic("Renewal")), "Renewal offer",
                Counterpart.named(contacted.name()), seller.id(), null, new ItemDetails.SalesDetails("Referral", 3, 50, null),
                ZonedDateTime.now(clock), seller.id()));
        mvc.perform(post("/items/{id}/follow-ups", offer.id()).with(as(seller)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("version", String.valueOf(offer.version()))
                .param("channel", "CALL").param("result", "Talked about the renewal"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/items/{id}/outcome", offer.id()).with(as(seller)).with(csrf())
                .param("version", String.valueOf(items.findById(offer.id()).orElseThrow().version())).param("outcome", "SOLD"))
                .andExpect(status().is3xxRedirection());
        recompute.recompute();
        String segment = jdbc.sql("select segment from customer_score where customer_id = ?").param(contacted.id())
                .query(String.class).single();

        Page page = Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id())).with(as(manager))));
        String row = "#coverage-" + segment;
        assertThat(page.text(row + " .customers")).isEqualTo("2");
        assertThat(page.text(row + " .covered")).isEqualTo("1");
        assertThat(page.text(row + " .uncovered")).isEqualTo("1");
        assertThat(page.text(row + " .share")).isEqualTo("50 %");
        assertThat(listed(manager, page.attr(row + " .covered", "href"))).containsExactly(contacted.name());
        assertThat(listed(manager, page.attr(row + " .uncovered", "href"))).containsExactly(silent.name());
        assertThat(listed(manager, page.attr(row + " .customers", "href"))).containsExactlyInAnyOrder(contacted.name(), silent.name());
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(seller)))).text(row + " .customers")).isEqualTo("2");
        // the follow-up was done before the sale linked its item to the customer: the kept last contact (V49) has it,
        // and every customer's kept last contact is their items' last follow-up done, counted again from the rows
        assertThat(jdbc.sql("select count(*) from customer_contact where customer_id in (?, ?)")
                .params(contacted.id(), silent.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from customer_contact k full join (
                            select i.customer_id, max(f.done_at) as last_contact from follow_up f join item i on i.id = f.item_id
                            where i.customer_id is not null group by i.customer_id) x using (customer_id)
                        where k.last_contact is distinct from x.last_contact""").query(Long.class).single()).isZero();
    }

    private java.util.List<String> listed(UserAccount who, String href) throws Exception {
        return Page.of(mvc.perform(get(href).with(as(who)))).texts(PortfolioPagesTest.NAMES);
    }

    private static MockHttpServletRequestBuilder save(UserAccount who, String aChannel, String aEvery, String bChannel,
                                                      String bEvery, long version) {
        return post("/portfolio/service").with(csrf()).with(as(who)).param("aChannel", aChannel).param("aEvery", aEvery)
                .param("bChannel", bChannel).param("bEvery", bEvery).param("cChannel", "EMAIL").param("cEvery", "30")
                .param("version", String.valueOf(version));
    }
}
