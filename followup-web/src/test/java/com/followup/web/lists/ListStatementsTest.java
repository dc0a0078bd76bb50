package com.followup.web.lists;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customer;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.LocalDate;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** List pages issue the same small number of SQL statements however many rows they show. */
@FollowupWebTest
class ListStatementsTest {

    static final long MOST_STATEMENTS_PER_PAGE = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Autowired
    Customers customers;

    @Autowired
    SalesHistory sales;

    @Autowired
    LeadMother leads;

    @Test
    void the_rules_page_costs_the_same_for_3_rules_as_for_30() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        for (int i = 0; i < 3; i++) {
            mother.salesRule(RuleMother.uniqueTopic("Few"));
        }
        long few = statementsFor(staff, "/rules?area=SALES");
        for (int i = 0; i < 27; i++) {
            mother.salesRule(RuleMother.uniqueTopic("Many"));
        }
        long many = statementsFor(staff, "/rules?area=SALES");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_people_page_costs_the_same_for_few_people_as_for_many() throws Exception {
        UserAccount director = people.director();
        long few = statementsFor(director, "/admin/users");
        for (int i = 0; i < 25; i++) {
            people.staff(Area.OPERATIONS, Area.SALES);
        }
        long many = statementsFor(director, "/admin/users");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void my_follow_ups_costs_the_same_for_2_items_as_for_40() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        for (int i = 0; i < 2; i++) {
            mother.prospect(staff.id(), Duration.ofDays(i + 1));
        }
        long few = statementsFor(staff, "/my-follow-ups");
        for (int i = 0; i < 38; i++) {
            mother.prospect(staff.id(), Duration.ofHours(i + 1));
        }

        assertThat(statementsFor(staff, "/my-follow-ups")).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_kpis_notifications_and_home_pages_cost_the_same_for_few_rows_as_for_many() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        long kpisFew = statementsFor(manager, "/kpis?area=SALES");
        long notificationsFew = statementsFor(manager, "/notifications");
        for (int i = 0; i < 20; i++) {
            mother.kpi(Area.SALES);
        }

        assertThat(statementsFor(manager, "/kpis?area=SALES")).isEqualTo(kpisFew).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, "/notifications")).isEqualTo(notificationsFew)
                .isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, "/")).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_portfolio_list_and_a_customers_page_cost_the_same_for_3_customers_as_for_30() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother customers = new CustomerMother(this.customers, sales);
        Customer first = customers.withSales(customers.customer(CustomerMother.uniqueName("Few"), seller.id()),
                LocalDate.now(), 3, 20, 1, "100");
        for (int i = 0; i < 2; i++) {
            customers.customer(CustomerMother.uniqueName("Few"), seller.id());
        }
        long few = statementsFor(manager, "/portfolio?owner=" + seller.id());
        long page = statementsFor(manager, "/portfolio/" + first.id());
        for (int i = 0; i < 27; i++) {
            customers.withSales(customers.customer(CustomerMother.uniqueName("Many"), seller.id()), LocalDate.now(), 2, 10, 1, "50");
        }
        customers.withSales(first, LocalDate.now(), 30, 7, 2, "100");

        assertThat(statementsFor(manager, "/portfolio?owner=" + seller.id())).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, "/portfolio/" + first.id())).isEqualTo(page).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_portfolio_dashboard_costs_the_same_for_3_customers_as_for_30() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother customers = new CustomerMother(this.customers, sales);
        for (int i = 0; i < 3; i++) {
            customers.withSales(customers.customer(CustomerMother.uniqueName("Few"), seller.id()), LocalDate.now(), 3, 20, 1, "100");
        }
        long few = statementsFor(manager, "/portfolio/dashboard");
        for (int i = 0; i < 27; i++) {
            customers.withSales(customers.customer(CustomerMother.uniqueName("Many"), seller.id()), LocalDate.now(), 4, 15, 1, "50");
        }

        assertThat(statementsFor(manager, "/portfolio/dashboard")).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_leads_inbox_costs_the_same_for_2_leads_as_for_20() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        long source = leads.source(seller.id(), java.util.List.of());
        for (int i = 0; i < 2; i++) {
            leads.lead(source);
        }
        long few = statementsFor(seller, "/leads");
        for (int i = 0; i < 18; i++) {
            leads.lead(source);
        }

        assertThat(statementsFor(seller, "/leads")).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void the_response_board_the_lead_dashboard_and_their_lists_cost_the_same_for_2_leads_as_for_30() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        long source = leads.source(seller.id(), java.util.List.of());
        for (int i = 0; i < 2; i++) {
            leads.lead(source);
        }
        String list = "/leads/counted?counted=REACHED&step=NEW";
        long board = statementsFor(manager, "/leads/board");
        long dashboard = statementsFor(manager, "/leads/dashboard");
        long counted = statementsFor(manager, list);
        for (int i = 0; i < 28; i++) {
            leads.lead(leads.source(people.staff(Area.SALES).id(), java.util.List.of()));
        }

        assertThat(statementsFor(manager, "/leads/board")).isEqualTo(board).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, list)).isEqualTo(counted).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        // a dashboard of seven tables: the funnel in one statement, the others and the working hours in another
        assertThat(statementsFor(manager, "/leads/dashboard")).isEqualTo(dashboard).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(SqlStatements.sent()).filteredOn(sql -> sql.contains("from lead") || sql.contains("scoped")).hasSize(2);
    }

    @Test
    void the_lists_behind_the_figures_cost_the_same_for_2_rows_as_for_30() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount manager = people.manager(Area.SALES);
        String followUps = "/follow-ups?area=SALES&counted=OVERDUE&person=" + seller.id();
        String overdue = "/items?area=SALES&counted=OVERDUE_NOW&owner=" + seller.id();
        for (int i = 0; i < 2; i++) {
            mother.prospect(seller.id(), Duration.ofHours(i + 1));
        }
        long fewFollowUps = statementsFor(manager, followUps);
        long fewItems = statementsFor(manager, overdue);
        for (int i = 0; i < 28; i++) {
            mother.prospect(seller.id(), Duration.ofMinutes(i + 1));
        }

        assertThat(statementsFor(manager, followUps)).isEqualTo(fewFollowUps).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
        assertThat(statementsFor(manager, overdue)).isEqualTo(fewItems).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void a_live_field_check_asks_the_database_nothing_it_does_not_need() throws Exception {
        UserAccount director = people.director();
        SqlStatements.reset();

        mvc.perform(post("/rules/check").param("slot", "topic").param("topic", "New prospects")
                        .header("HX-Request", "true").with(as(director)).with(csrf()))
                .andExpect(status().isOk());

        assertThat(SqlStatements.count()).isZero();
    }

    private long statementsFor(UserAccount person, String url) throws Exception {
        // seen once before, as a person sees a page again: their due work is kept in both counts (KeptDueWork)
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        SqlStatements.reset();
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        long count = SqlStatements.pageStatements();
        assertThat(count).as("statements were counted").isPositive();
        return count;
    }
}
