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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class PortfolioPagesTest {

    static final String NAMES = "#portfolio-results a.customer-name";

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioRecompute recompute;
    @Autowired Clock clock;

    private UserAccount manager;
    private UserAccount seller;
    private Customer big;
    private Customer small;

    /** A seller's two customers: one buying 10,000 every 10 days, one buying 100 twice long ago; scored. */
    @BeforeEach
    void portfolio() {
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        manager = people.manager(Area.SALES);
        seller = people.staff(Area.SALES);
        big = mother.withSales(mother.customer(CustomerMother.uniqueName("Big buyer"), seller.id()), today, 30, 10, 2, "10000");
        small = mother.withSales(mother.customer(CustomerMother.uniqueName("=Small buyer"), seller.id()), today, 2, 30, 500, "100");
        recompute.recompute();
    }

    @Test
    void a_manager_filters_the_portfolio_by_owner_and_segment_and_reads_each_customers_badges() throws Exception {
        Page all = Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id())).with(as(manager))));
        assertThat(all.texts(NAMES)).containsExactly(big.name(), small.name());
        // other tests' big buyers share the database, so this one is A or B, never C; the small one is C
        assertThat(all.text("#customer-" + big.id() + " .badge.text-bg-primary")).isIn("Segment A", "Segment B");
        assertThat(all.text("#customer-" + small.id() + " .badge.text-bg-primary")).isEqualTo("Segment C");
        assertThat(all.text("#customer-" + small.id() + " .rfm-group")).isEqualTo("Hibernating");
        // coverage's five columns are wider than a phone: its table scrolls in a region a keyboard reaches, named
        assertThat(all.attr("#coverage .table-responsive", "tabindex")).isEqualTo("0");
        assertThat(all.attr("#coverage .table-responsive", "aria-labelledby")).isEqualTo("coverage-heading");

        Page onlyC = Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id()))
                .param("segment", "C").header("HX-Request", "true").with(as(manager))));
        assertThat(onlyC.isWholePage()).isFalse();
        assertThat(onlyC.texts(NAMES)).containsExactly(small.name());
        Page unreadable = Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id()))
                .param("segment", "Z").param("sort", "NAME").with(as(manager))).andExpect(status().isOk()));
        assertThat(unreadable.texts(NAMES)).as("a segment it cannot read takes every segment").containsExactly(small.name(), big.name());
    }

    @Test
    void a_seller_sees_only_the_customers_they_own_and_other_areas_do_not_see_the_portfolio() throws Exception {
        UserAccount otherSeller = people.staff(Area.SALES);

        assertThat(Page.of(mvc.perform(get("/portfolio").param("owner", String.valueOf(seller.id())).with(as(otherSeller))))
                .texts(NAMES)).doesNotContain(big.name());
        assertThat(Page.of(mvc.perform(get("/portfolio").with(as(seller)))).texts(NAMES)).contains(big.name(), small.name());
        mvc.perform(get("/portfolio/{id}", big.id()).with(as(otherSeller))).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio").with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isForbidden());
    }

    @Test
    void the_csv_holds_the_filtered_customers_in_the_readers_language_with_formulas_defused() throws Exception {
        var response = mvc.perform(get("/portfolio.csv").param("owner", String.valueOf(seller.id()))
                        .header("Accept-Language", "es").with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(response)).getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("Cliente");
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Cliente", big.name(), "'" + small.name());
        assertThat(rows.get(2).get(5)).isEqualTo("C");
        assertThat(rows.get(1).get(9)).as("30 orders of 10,000 within 12 months").isEqualTo("300000.00");
    }

    @Test
    void the_customer_page_explains_every_score_and_shows_sales_by_month_products_and_the_segment_history() throws Exception {
        Page page = Page.of(mvc.perform(get("/portfolio/{id}", big.id()).header("Accept-Language", "en").with(as(seller))));

        assertThat(page.text("h1")).isEqualTo(big.name());
        assertThat(page.select("#scores .score")).hasSize(6);
        assertThat(page.texts("#score-HEALTH .factors li")).hasSize(4)
                .first().asString().startsWith("2 days since the last order, own rhythm 10 days: 25 of 25");
        assertThat(page.text("#score-RFM p")).contains("5 is best");
        assertThat(page.select("#months tbody tr")).hasSize(24);
        assertThat(page.texts("#products tbody th")).containsExactlyInAnyOrder("Desk (Furniture)", "Chair (Furniture)");
        assertThat(page.texts("#segment-history tbody td")).first().isIn("A", "B");
    }

    @Test
    void a_customer_not_scored_yet_says_when_the_scores_come_and_an_unknown_one_is_not_found() throws Exception {
        Customer fresh = new CustomerMother(customers, sales).customer(CustomerMother.uniqueName("Fresh"), seller.id());

        Page page = Page.of(mvc.perform(get("/portfolio/{id}", fresh.id()).header("Accept-Language", "es").with(as(manager))));
        assertThat(page.text(".empty-state p")).startsWith("Aún sin puntuar");
        mvc.perform(get("/portfolio/{id}", 999_999_999L).with(as(manager))).andExpect(status().isNotFound());
    }

    @Test
    void a_manager_recomputes_on_demand_and_a_seller_may_not() throws Exception {
        mvc.perform(post("/portfolio/recompute").with(csrf()).with(as(manager)))
                .andExpect(redirectedUrl("/portfolio")).andExpect(flash().attribute("notice", "portfolio.recomputed"));
        mvc.perform(post("/portfolio/recompute").with(csrf()).with(as(seller))).andExpect(status().isForbidden());
    }
}
