package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Directors and Sales managers correct a customer's details; staff cannot; a stale form is told and saves nothing. */
@FollowupWebTest
class CustomerEditTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired com.followup.domain.account.UserAccounts accounts;

    @Test
    void a_manager_moves_a_customer_to_another_owner_and_channel_and_enters_its_potential() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Ferretería"), seller.id());

        Page form = Page.of(mvc.perform(get("/portfolio/{id}/edit", customer.id()).with(as(manager))).andExpect(status().isOk()));
        assertThat(form.value("name")).isEqualTo(customer.name());
        assertThat(Page.of(mvc.perform(get("/portfolio/{id}", customer.id()).with(as(manager)))).attr("#customer-edit", "href"))
                .isEqualTo("/portfolio/" + customer.id() + "/edit");

        mvc.perform(edit(manager, customer, other.id(), "SELF_SERVICE", "1,250,000", customer.version()))
                .andExpect(redirectedUrl("/portfolio/" + customer.id()));

        Customer saved = customers.findById(customer.id()).orElseThrow();
        assertThat(saved.ownerId()).isEqualTo(other.id());
        assertThat(saved.channel()).isEqualTo(ServiceChannel.SELF_SERVICE);
        assertThat(saved.potentialPerYear()).isEqualByComparingTo(new BigDecimal("1250000"));
    }

    @Test
    void wrong_values_are_said_next_to_their_fields_and_a_stale_form_or_a_staff_member_changes_nothing() throws Exception {
        UserAccount director = people.director();
        UserAccount seller = people.staff(Area.SALES);
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Aceros"), seller.id());

        Page wrong = Page.of(mvc.perform(edit(director, customer, seller.id(), "CALL", "lots", customer.version())
                .header("Accept-Language", "es")).andExpect(status().isOk()));
        assertThat(wrong.select("#potential-error").text()).isNotBlank();
        assertThat(wrong.value("potential")).isEqualTo("lots");

        mvc.perform(edit(director, customer, seller.id(), "VISIT", "10", customer.version())).andExpect(status().is3xxRedirection());
        Page stale = Page.of(mvc.perform(edit(director, customer, seller.id(), "EMAIL", "20", customer.version())
                .header("Accept-Language", "en")).andExpect(status().isOk()));
        assertThat(stale.text(".alert-danger")).startsWith("Someone else changed this customer a moment ago");
        assertThat(stale.value("potential")).isEqualTo("20");
        mvc.perform(edit(seller, customer, seller.id(), "EMAIL", "30", customer.version() + 1)).andExpect(status().isForbidden());

        Customer saved = customers.findById(customer.id()).orElseThrow();
        assertThat(saved.channel()).isEqualTo(ServiceChannel.VISIT);
        assertThat(saved.potentialPerYear()).isEqualByComparingTo("10");
    }

    @Test
    void a_customer_whose_owner_left_keeps_that_owner_when_another_detail_changes() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount leaver = people.staff(Area.SALES);
        Customer customer = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Herrajes"), leaver.id());
        leaver.deactivate();
        accounts.save(leaver);

        Page form = Page.of(mvc.perform(get("/portfolio/{id}/edit", customer.id()).with(as(manager))));
        assertThat(form.attr("#owner option[selected]", "value")).isEqualTo(String.valueOf(leaver.id()));
        mvc.perform(edit(manager, customer, leaver.id(), "CALL", "900", customer.version()))
                .andExpect(redirectedUrl("/portfolio/" + customer.id()));

        assertThat(customers.findById(customer.id()).orElseThrow().ownerId()).isEqualTo(leaver.id());
    }

    private static MockHttpServletRequestBuilder edit(UserAccount who, Customer customer, long ownerId, String channel,
                                                     String potential, long version) {
        return post("/portfolio/{id}/edit", customer.id()).with(as(who)).with(csrf())
                .param("name", customer.name()).param("type", customer.type()).param("region", "South")
                .param("owner", String.valueOf(ownerId)).param("channel", channel).param("potential", potential)
                .param("version", String.valueOf(version));
    }
}
