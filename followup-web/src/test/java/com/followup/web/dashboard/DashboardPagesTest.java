package com.followup.web.dashboard;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.Items;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class DashboardPagesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Kpis kpis;
    @Autowired Clock clock;
    @Autowired UserAccounts accounts;

    @Test
    void a_manager_sees_goals_compliance_and_who_is_behind_with_links_to_the_items() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount behind = people.staff(Area.SALES);
        Item overdue = mother.prospect(behind.id(), Duration.ofDays(2));
        sell(mother.prospect(behind.id(), Duration.ofHours(1)), behind);
        String name = "Sales " + System.nanoTime();
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, name, "sales", BigDecimal.valueOf(30), KpiPeriod.MONTH));

        Page page = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager))).andExpect(status().isOk()));
        assertThat(page.text("h1")).isEqualTo("Sales dashboard");
        assertThat(page.texts("#panels table th[scope=row] > span:first-child")).contains(name);
        assertThat(page.texts("#panels h2")).contains("Follow-ups done on time", "Who is behind", "Pipeline funnel", "By rule");
        assertThat(page.select("canvas[data-chart]")).isNotEmpty();
        // the suite's other sellers may be further behind than this one: the dashboard shows the worst ten, the page everyone
        assertThat(page.select("#panels section[aria-labelledby=people-heading] th[scope=row] a[href^=/items?area=SALES&sort=NEXT_DUE&owner=]")).isNotEmpty();
        Page everyone = Page.of(mvc.perform(get("/dashboards/sales/people").with(as(manager))).andExpect(status().isOk()));
        assertThat(everyone.texts("table th[scope=row]")).contains(behind.displayName());
        assertThat(everyone.select("a[href=\"/items?area=SALES&sort=NEXT_DUE&owner=" + behind.id() + "\"]")).hasSize(1);
        assertThat(page.select("script[src*=/dist/chart.umd.min]")).hasSize(1);
        assertThat(overdue.id()).isNotNull();
    }

    @Test
    void who_is_behind_shows_the_ten_most_behind_and_links_to_a_page_with_everyone() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        List<String> sellers = new ArrayList<>();
        for (int i = 0; i < AreaDashboard.MOST_BEHIND_SHOWN + 1; i++) {
            UserAccount seller = people.staff(Area.SALES);
            mother.prospect(seller.id(), Duration.ofDays(2));
            sellers.add(seller.displayName());
        }

        Page page = Page.of(mvc.perform(get("/dashboards/sales").param("period", "THIS_MONTH").with(as(manager)))
                .andExpect(status().isOk()));
        List<String> shown = page.texts("#panels section[aria-labelledby=people-heading] tbody th[scope=row]");
        assertThat(shown).hasSize(AreaDashboard.MOST_BEHIND_SHOWN);
        String all = page.attr("#people-all", "href");
        assertThat(all).startsWith("/dashboards/sales/people?period=THIS_MONTH");

        Page full = Page.of(mvc.perform(get(all).with(as(manager))).andExpect(status().isOk()));
        List<String> everyone = full.texts("table tbody th[scope=row]");
        assertThat(everyone).containsAll(sellers).startsWith(shown.toArray(String[]::new));
        assertThat(page.text("#people-all")).isEqualTo("See all " + everyone.size());
        assertThat(full.text("h1")).isEqualTo("Who is behind: Sales");
        assertThat(full.select("a[href=/dashboards/sales/people.csv?period=THIS_MONTH&from=&to=]")).hasSize(1);
        Page spanish = Page.of(mvc.perform(get(all).with(as(manager)).header("Accept-Language", "es")));
        assertThat(spanish.text("h1")).isEqualTo("Quién va atrasado: Ventas");
        mvc.perform(get("/dashboards/sales/people").with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isForbidden());
        // the indentation between tags is not sent (IndentationDialect)
        mvc.perform(get("/dashboards/sales").with(as(manager)))
                .andExpect(content().string(allOf(containsString("\n<tr>"), not(containsString(" <tr>")), not(containsString(" <td")))));
    }

    @Test
    void charts_read_percentages_in_percent_counts_in_whole_numbers_and_an_empty_period_says_there_is_no_data() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        sell(mother.prospect(seller.id(), Duration.ofHours(1)), seller);
        // opened three days ago and not followed up since: a follow-up that fell due, for the compliance chart to draw
        mother.prospect(seller.id(), Duration.ofDays(3));
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, "Sales " + System.nanoTime(), "sales", BigDecimal.valueOf(30), KpiPeriod.MONTH));

        Page page = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager))).andExpect(status().isOk()));
        String goals = page.attr("#panels section[aria-labelledby=goals-heading] canvas", "data-chart");
        assertThat(goals).contains("\"scale\":\"percent\"", "\"label\":\"Actual, % of target\"", "\"label\":\"Target\"");
        assertThat(page.attr("#panels section[aria-labelledby=compliance-heading] canvas", "data-chart")).contains("\"scale\":\"percent\"");
        assertThat(page.select("#panels section[aria-labelledby=funnel-heading] canvas"))
                .allSatisfy(funnel -> assertThat(funnel.attr("data-chart")).contains("\"scale\":\"count\""));

        Page empty = Page.of(mvc.perform(get("/dashboards/sales").param("period", "RANGE").param("from", "2001-01-01")
                .param("to", "2001-01-31").with(as(manager))).andExpect(status().isOk()));
        assertThat(empty.select("#panels section[aria-labelledby=funnel-heading]")).isNotEmpty()
                .allSatisfy(funnel -> {
                    assertThat(funnel.select("canvas")).isEmpty();
                    assertThat(funnel.select(".no-chart-data").text()).isEqualTo("No data yet for this period.");
                });
    }

    @Test
    void changing_the_period_with_htmx_sends_only_the_panels() throws Exception {
        Page panels = Page.of(mvc.perform(get("/dashboards/operations").param("period", "LAST_MONTH").with(as(people.manager(Area.OPERATIONS)))
                .header("HX-Request", "true")));
        assertThat(panels.isWholePage()).isFalse();
        assertThat(panels.select("#panels")).hasSize(1);
        assertThat(panels.texts("#panels h2")).contains("Follow-ups done on time");
        mvc.perform(get("/dashboards/operations").param("period", "RANGE").param("from", "2026-01-01").param("to", "2025-01-01")
                        .with(as(people.manager(Area.OPERATIONS))))
                .andExpect(status().isOk());
    }

    @Test
    void staff_see_only_their_own_numbers_and_managers_only_their_areas() throws Exception {
        UserAccount staff = people.staff(Area.ADMINISTRATION);

        mvc.perform(get("/dashboards/administration").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboards/sales").with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboards").with(as(staff))).andExpect(redirectedUrl("/my-numbers"));
        mvc.perform(get("/dashboards").with(as(people.manager(Area.OPERATIONS)))).andExpect(redirectedUrl("/dashboards/operations"));
        Page mine = Page.of(mvc.perform(get("/my-numbers").with(as(staff)).header("Accept-Language", "es")));
        assertThat(mine.text("h1")).isEqualTo("Mis números");
        assertThat(mine.texts("#panels h2")).contains("Cuentas por cobrar por antigüedad");
        assertThat(mine.everything()).doesNotContain("Quién va atrasado");
        mvc.perform(get("/dashboards/nowhere").with(as(people.director()))).andExpect(status().isNotFound());
    }

    @Test
    void the_director_compares_the_three_areas() throws Exception {
        Page overview = Page.of(mvc.perform(get("/dashboards").with(as(people.director()))));
        assertThat(overview.text("h1")).isEqualTo("The three areas");
        assertThat(overview.texts("#panels h2")).containsExactly("Sales", "Operations", "Administration");
    }

    @Test
    void every_table_comes_as_csv_and_staff_get_only_their_own_row() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        UserAccount colleague = people.staff(Area.SALES);
        mother.prospect(staff.id(), Duration.ofDays(2));
        mother.prospect(colleague.id(), Duration.ofDays(2));

        mvc.perform(get("/dashboards/sales/people.csv").with(as(people.manager(Area.SALES))))
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(allOf(startsWith("\"Person\",\"On time\",\"Fell due\""), containsString(staff.displayName()),
                        containsString(colleague.displayName()))));
        mvc.perform(get("/dashboards/sales/people.csv").with(as(staff)))
                .andExpect(content().string(allOf(containsString(staff.displayName()), not(containsString(colleague.displayName())))));
        mvc.perform(get("/dashboards/sales/kpis.csv").with(as(staff))).andExpect(content().string(startsWith("\"KPI\",\"Unit\",\"Target\"")));
        mvc.perform(get("/dashboards/sales/funnel.csv").with(as(staff))).andExpect(status().isOk());
        mvc.perform(get("/dashboards/sales/rules.csv").with(as(people.manager(Area.SALES))))
                .andExpect(content().string(startsWith("\"Rule\",\"On time\",\"Fell due\"")));
        mvc.perform(get("/dashboards/sales/secrets.csv").with(as(staff))).andExpect(status().isNotFound());

        UserAccount formula = accounts.save(UserAccount.create("formula" + System.nanoTime() % 100000,
                "=HYPERLINK(\"http://evil.example\")", staff.passwordHash(), Role.STAFF, Set.of(Area.SALES)));
        mother.prospect(formula.id(), Duration.ofDays(2));
        mvc.perform(get("/dashboards/sales/people.csv").with(as(people.manager(Area.SALES))))
                .andExpect(content().string(allOf(containsString("\"'=HYPERLINK(\"\"http://evil.example\"\")\","),
                        not(containsString(",\"=HYPERLINK")))));
        mvc.perform(get("/dashboards/administration/receivables.csv").with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void the_funnel_csv_words_the_sale_as_the_page_does_in_the_readers_language() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        sell(mother.prospect(staff.id(), Duration.ofHours(1)), staff);

        mvc.perform(get("/dashboards/sales/funnel.csv").with(as(staff)))
                .andExpect(content().string(allOf(startsWith("\"Stage\",\"Reached\""), containsString("\"Sold\","),
                        not(containsString("SOLD")))));
        mvc.perform(get("/dashboards/sales/funnel.csv").with(as(staff)).header("Accept-Language", "es"))
                .andExpect(content().string(allOf(containsString("\"Vendido\","), not(containsString("SOLD")))));
    }

    @Test
    void a_dashboard_costs_the_same_statements_for_a_short_history_as_for_a_longer_one() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        kpis.save(Kpi.define(Area.SALES, "Visits " + System.nanoTime(), "visits", BigDecimal.TEN, KpiPeriod.MONTH));
        mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));
        long few = statements(manager, "/dashboards/sales");
        // who is behind and the funnel are read beside the figures (ParallelReads), and count as the page's
        assertThat(SqlStatements.sent()).anyMatch(sql -> sql.contains("group by grouping sets ((person_id), (rule_id))"))
                .anyMatch(sql -> sql.contains("'F' as kind"));
        for (int i = 0; i < 30; i++) {
            UserAccount seller = people.staff(Area.SALES);
            sell(mother.prospect(seller.id(), Duration.ofDays(3)), seller);
        }

        // the KPIs counted on the portfolio (coverage, churn ...) cost two together: the service matrix, then the figures
        long portfolio = kpis.findAll().stream().anyMatch(kpi -> kpi.metric() != null && kpi.metric().ofThePortfolio()) ? 2 : 0;
        assertThat(statements(manager, "/dashboards/sales")).isEqualTo(few).isLessThanOrEqualTo(8 + portfolio);
        UserAccount director = people.director();
        long overview = statements(director, "/dashboards");
        assertThat(overview).isLessThanOrEqualTo(8);
    }

    @Test
    void however_many_kpis_of_the_portfolio_the_sales_dashboard_shows_their_figures_cost_two_statements() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        kpis.save(Kpi.computed(Area.SALES, Metric.COVERAGE, "Coverage " + System.nanoTime(), "%", BigDecimal.TEN,
                KpiPeriod.MONTH));
        long one = statements(manager, "/dashboards/sales");
        for (Metric metric : Metric.values()) {
            if (metric.ofThePortfolio() && metric != Metric.COVERAGE) {
                kpis.save(Kpi.computed(Area.SALES, metric, metric + " " + System.nanoTime(), "n", BigDecimal.TEN,
                        KpiPeriod.MONTH));
            }
        }

        assertThat(statements(manager, "/dashboards/sales")).isEqualTo(one).isLessThanOrEqualTo(8 + 2);
    }

    private void sell(Item item, UserAccount by) {
        Item current = items.findById(item.id()).orElseThrow();
        current.close(new ItemOutcome.Sold(), by.id(), clock.instant());
        items.save(current);
    }

    private long statements(UserAccount person, String url) throws Exception {
        // seen once before, as a person sees a page again: their due work is kept in both counts (KeptDueWork)
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        SqlStatements.reset();
        mvc.perform(get(url).with(as(person))).andExpect(status().isOk());
        return SqlStatements.pageStatements();
    }
}
