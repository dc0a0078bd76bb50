package com.followup.web.portfolio;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.MarketSizes;
import com.followup.domain.portfolio.PortfolioDashboards;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.portfolio.Segment;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The portfolio dashboard read by managers and directors: every count leads to as many customers, every table a CSV. */
@FollowupWebTest
class PortfolioDashboardTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired PortfolioRecompute recompute;
    @Autowired PortfolioDashboards dashboards;
    @Autowired Clock clock;
    @Autowired Kpis kpis;

    @BeforeEach
    void customersWithSales() {
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        LocalDate today = LocalDate.now(clock);
        mother.withSales(mother.customer(CustomerMother.uniqueName("Steady"), seller.id()), today, 8, 30, 5, "4000");
        mother.withSales(mother.customer(CustomerMother.uniqueName("Gone"), seller.id()), today, 4, 30, 150, "900");
        mother.withSales(mother.customer(CustomerMother.uniqueName("Small"), seller.id()), today, 3, 40, 20, "100");
        mother.withSales(mother.customer(CustomerMother.uniqueName("Last year"), seller.id()), today, 4, 60, 400, "700");
        recompute.recompute();
    }

    @Test
    void every_count_on_the_dashboard_leads_to_the_portfolio_list_of_exactly_as_many_customers() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        for (String period : new String[] {"LAST_QUARTER", "THIS_YEAR"}) {
            Page page = Page.of(mvc.perform(get("/portfolio/dashboard").param("period", period).with(as(manager))
                    .header("Accept-Language", "en")).andExpect(status().isOk()));
            assertThat(page.select("#segments, #retention, #coverage, #channels, #market")).hasSize(5);
            int followed = 0;
            for (Element link : page.select("#panels td a[href^=/portfolio?]")) {
                long figure = Long.parseLong(link.text().replace(",", ""));
                Page list = Page.of(mvc.perform(get(link.attr("href")).with(as(manager)).header("Accept-Language", "en"))
                        .andExpect(status().isOk()));
                assertThat(list.text("#portfolio-results [role=status]")).as(link.attr("href"))
                        .isEqualTo(figure == 0 ? "No customers" : figure == 1 ? "1 customer"
                                : String.format(java.util.Locale.ENGLISH, "%,d customers", figure));
                followed++;
            }
            assertThat(followed).isGreaterThanOrEqualTo(30); // 12 on segments, 12 on retention, 6 on coverage, the cells
        }
    }

    @Test
    void a_figure_link_keeps_its_filter_through_the_list_and_says_what_it_counts() throws Exception {
        UserAccount director = people.director();
        Page page = Page.of(mvc.perform(get("/portfolio/dashboard").with(as(director)).header("Accept-Language", "es")));
        assertThat(page.text("h1")).isEqualTo("Panel de la cartera");
        String lost = page.attr("#retention-all .lost", "href");
        assertThat(lost).contains("counted=LOST").contains("from=").contains("to=");

        Page list = Page.of(mvc.perform(get(lost).with(as(director)).header("Accept-Language", "es")));
        assertThat(list.text("#counted-figure")).startsWith("Clientes que compraron en el periodo anterior");
        assertThat(list.attr("form.filters input[name=counted]", "value")).isEqualTo("LOST");
        assertThat(list.attr("a[href^=/portfolio.csv]", "href")).contains("counted=LOST");
    }

    @Test
    void every_table_downloads_as_csv_in_the_readers_language() throws Exception {
        UserAccount director = people.director();
        Map<String, String> firstHeader = Map.of("segments", "Segmento", "retention", "Segmento", "coverage", "Segmento",
                "channels", "Canal", "market", "Segmento", "movement", "Entonces");
        for (Map.Entry<String, String> table : firstHeader.entrySet()) {
            MvcResult csv = mvc.perform(get("/portfolio/dashboard/" + table.getKey() + ".csv").param("period", "THIS_YEAR")
                    .with(as(director)).header("Accept-Language", "es")).andExpect(status().isOk()).andReturn();
            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
            String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body.replace("\uFEFF", "")).as(table.getKey()).startsWith("\"" + table.getValue() + "\"");
        }
        String segments = mvc.perform(get("/portfolio/dashboard/segments.csv").with(as(director)).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(segments).contains("\"Share of revenue\"").contains("\n\"A\",").contains("\n\"All\",");
        mvc.perform(get("/portfolio/dashboard/nothing.csv").with(as(director))).andExpect(status().isNotFound());
    }

    @Test
    void the_period_redraws_only_the_panels_with_htmx_and_the_page_stays_within_40_kb() throws Exception {
        UserAccount director = people.director();
        Page panels = Page.of(mvc.perform(get("/portfolio/dashboard").param("period", "THIS_YEAR").header("HX-Request", "true")
                .with(as(director))));
        assertThat(panels.isWholePage()).isFalse();
        assertThat(panels.select("#panels")).hasSize(1);
        String whole = mvc.perform(get("/portfolio/dashboard").with(as(director)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(whole.getBytes(StandardCharsets.UTF_8).length).isLessThan(40 * 1024);
    }

    @Test
    void only_managers_of_sales_and_directors_read_it_and_the_portfolio_and_the_setup_menu_link_to_it() throws Exception {
        mvc.perform(get("/portfolio/dashboard").with(as(people.staff(Area.SALES)))).andExpect(status().isForbidden());
        mvc.perform(get("/portfolio/dashboard").with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isForbidden());
        Page list = Page.of(mvc.perform(get("/portfolio").with(as(people.manager(Area.SALES)))));
        assertThat(list.attr("#portfolio-dashboard", "href")).isEqualTo("/portfolio/dashboard");
        Page home = Page.of(mvc.perform(get("/portfolio").with(as(people.director()))));
        assertThat(home.select(".dropdown-menu a[href=/portfolio/dashboard]")).hasSize(1);
    }

    @Test
    void directors_set_goals_on_the_portfolios_metrics_and_the_sales_dashboard_reads_them_as_the_portfolio_dashboard_does()
            throws Exception {
        kpis.save(Kpi.computed(Area.SALES, Metric.RETENTION, "Retention " + System.nanoTime(), "%", new BigDecimal("80"),
                KpiPeriod.MONTH));
        Kpi churn = kpis.save(Kpi.computed(Area.SALES, Metric.CHURN_RATE, "Churn " + System.nanoTime(), "%",
                new BigDecimal("10"), KpiPeriod.MONTH));
        UserAccount director = people.director();

        Page sales = Page.of(mvc.perform(get("/dashboards/sales").param("period", "THIS_YEAR").with(as(director))
                .header("Accept-Language", "en")));
        Page portfolio = Page.of(mvc.perform(get("/portfolio/dashboard").param("period", "THIS_YEAR").with(as(director))
                .header("Accept-Language", "en")));

        Element churnRow = sales.select("tr").stream().filter(tr -> tr.text().startsWith(churn.name())).findFirst().orElseThrow();
        assertThat(churnRow.select(".lower-is-better")).hasSize(1);
        assertThat(churnRow.select("a.kpi-actual").text() + " %").isEqualTo(portfolio.text("#retention-all td:nth-of-type(5)"));
        assertThat(churnRow.select("a.kpi-actual").attr("href")).contains("counted=LOST");
    }

    @Test
    void a_director_enters_the_markets_sizes_wrong_ones_are_said_at_their_field_and_a_stale_form_is_refused() throws Exception {
        UserAccount director = people.director();
        MarketSizes before = dashboards.marketSizes();

        Page refused = Page.of(mvc.perform(post("/portfolio/market").with(csrf()).with(as(director))
                .header("Accept-Language", "es").param("aSize", "-5").param("bSize", "mucho").param("cSize", "")
                .param("version", String.valueOf(before.version()))).andExpect(status().isOk()));
        assertThat(refused.text("#aSize-error")).startsWith("Escribe un importe mayor que cero");
        assertThat(refused.text("#bSize-error")).isNotEmpty();
        assertThat(refused.attr("#bSize", "value")).isEqualTo("mucho");
        assertThat(dashboards.marketSizes()).isEqualTo(before);

        mvc.perform(post("/portfolio/market").with(csrf()).with(as(director)).param("aSize", "100000000")
                .param("bSize", "").param("cSize", "").param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/portfolio/dashboard"));
        assertThat(dashboards.marketSizes().of(Segment.A)).isEqualByComparingTo(new BigDecimal("100000000"));
        Page dashboard = Page.of(mvc.perform(get("/portfolio/dashboard").with(as(director)).header("Accept-Language", "en")));
        assertThat(dashboard.text("#market tbody tr:first-child td:nth-of-type(2)")).isEqualTo("100,000,000");
        assertThat(dashboard.text("#market tbody tr:first-child td:nth-of-type(3)")).endsWith(" %");

        Page stale = Page.of(mvc.perform(post("/portfolio/market").with(csrf()).with(as(director))
                .header("Accept-Language", "en").param("aSize", "5").param("bSize", "").param("cSize", "")
                .param("version", String.valueOf(before.version()))).andExpect(status().isOk()));
        assertThat(stale.text(".alert-danger")).startsWith("Another director saved the sizes");
        assertThat(dashboards.marketSizes().of(Segment.A)).isEqualByComparingTo(new BigDecimal("100000000"));
        mvc.perform(get("/portfolio/market").with(as(people.manager(Area.SALES)))).andExpect(status().isForbidden());
    }
}
