package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A prospect closed as sold joins the portfolio: as a new customer, or linked to the customer of its name. */
@FollowupWebTest
class SoldProspectTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Customers customers;
    @Autowired com.followup.domain.portfolio.SalesHistory sales;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired PortfolioRecompute recompute;

    @Test
    void a_sold_prospect_becomes_a_customer_of_its_seller_with_the_sale_on_their_history_and_a_second_sale_joins_them()
            throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Office furniture"));
        String name = CustomerMother.uniqueName("Grupo Nuevo");
        Item first = prospect(rule, seller, name, "12000.00");

        sell(seller, first);

        Customer customer = customers.findByName(name).orElseThrow();
        assertThat(customer.ownerId()).isEqualTo(seller.id());
        assertThat(customer.channel().name()).isEqualTo("CALL");
        assertThat(customerOf(first)).isEqualTo(customer.id());
        assertThat(jdbc.sql("select product || ' ' || amount || ' ' || day from sale_line where customer_id = ?")
                .param(customer.id()).query(String.class).list())
                .containsExactly(rule.topic() + " 12000.00 " + LocalDate.now(clock));
        Page page = Page.of(mvc.perform(get("/portfolio/{id}", customer.id()).with(as(seller)).header("Accept-Language", "en")));
        assertThat(page.texts("#changes li")).anyMatch(change -> change.contains("Sold: " + first.title()));

        Item second = prospect(rule, seller, name.toUpperCase(), "500.00");
        sell(seller, second);
        assertThat(customerOf(second)).isEqualTo(customer.id());
        assertThat(jdbc.sql("select count(*) from customer where lower(name) = lower(?)").param(name).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select sum(amount) from sale_line where customer_id = ?").param(customer.id())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("12500");
    }

    @Test
    void an_invoice_in_a_customers_name_joins_the_customer_at_the_next_recompute() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Invoiced"), seller.id());
        Item invoice = items.save(Item.open(mother.collectionsRule(), "Invoice F-77", Counterpart.named(customer.name().toLowerCase()),
                people.staff(Area.ADMINISTRATION).id(), Money.of("900.00", "MXN"),
                new ItemDetails.AdministrationDetails("F-77", 30, null, null, false, false), ZonedDateTime.now(clock),
                seller.id()));

        recompute.recompute();

        assertThat(customerOf(invoice)).isEqualTo(customer.id());
    }

    @Test
    void a_prospect_lost_stays_out_of_the_portfolio() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        String name = CustomerMother.uniqueName("Never bought");
        Item item = prospect(mother.salesRule(RuleMother.uniqueTopic("Chairs")), seller, name, "100.00");

        mvc.perform(post("/items/{id}/outcome", item.id()).with(as(seller)).with(csrf())
                .param("version", String.valueOf(item.version())).param("outcome", "LOST").param("reason", "Price"));

        assertThat(customers.findByName(name)).isEmpty();
        assertThat(customerOf(item)).isNull();
    }

    private Item prospect(FollowUpRule rule, UserAccount seller, String counterpart, String amount) {
        return items.save(Item.open(rule, RuleMother.uniqueTopic("Proposal"), Counterpart.named(counterpart), seller.id(),
                Money.of(amount, "MXN"), new ItemDetails.SalesDetails("Referral", 3, 50, null), ZonedDateTime.now(clock),
                seller.id()));
    }

    private void sell(UserAccount seller, Item item) throws Exception {
        mvc.perform(post("/items/{id}/outcome", item.id()).with(as(seller)).with(csrf())
                .param("version", String.valueOf(item.version())).param("outcome", "SOLD"))
                .andExpect(status().is3xxRedirection());
    }

    private Long customerOf(Item item) {
        return jdbc.sql("select customer_id from item where id = ?").param(item.id()).query(Long.class).list().get(0);
    }
}
