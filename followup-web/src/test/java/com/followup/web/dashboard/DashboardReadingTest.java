package com.followup.web.dashboard;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiEntry;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.rule.FollowUpRules;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dashboards read right at the edges: precision, figures of the moment, monthly values, periods, currencies, readings. */
@FollowupWebTest
class DashboardReadingTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Kpis kpis;
    @Autowired FollowUpRules rules;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void the_dashboards_statements_run_without_jit_compilation_which_cost_seconds_on_a_large_company() {
        assertThat(jdbc.sql("select current_setting('jit')").query(String.class).single()).isEqualTo("off");
    }

    @Test
    void a_figure_of_the_moment_shows_a_dash_against_last_month_not_zero_percent() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        Item invoice = mother.invoice(people.staff(Area.ADMINISTRATION).id(), false);
        jdbc.sql("update item set deadline = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(10))), invoice.id()).update();
        String name = "Overdue money " + System.nanoTime();
        kpis.save(Kpi.computed(Area.ADMINISTRATION, Metric.AMOUNT_OVERDUE, name, "MXN", BigDecimal.TEN, KpiPeriod.MONTH));

        Element row = row(Page.of(mvc.perform(get("/dashboards/administration").with(as(manager)))), name);

        assertThat(row.selectFirst(".vs-last-month").text()).isEqualTo("—");
        assertThat(row.selectFirst(".lower-is-better").text()).contains("lower is better");
    }

    @Test
    void a_monthly_value_reads_as_typed_for_a_week_inside_its_month_labelled_as_the_months() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        Kpi visits = kpis.save(Kpi.define(Area.SALES, "Contacts per visit " + System.nanoTime(), "contacts",
                new BigDecimal("4"), KpiPeriod.MONTH));
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        kpis.enter(new KpiEntry(visits.id(), null, first, new BigDecimal("3.8"), manager.id(), clock.instant()));

        Element row = row(Page.of(mvc.perform(get("/dashboards/sales").param("period", "RANGE")
                .param("from", first.plusDays(9).toString()).param("to", first.plusDays(15).toString()).with(as(manager)))), visits.name());

        assertThat(row.select("td").get(1).text()).startsWith("3.8").contains("(the month's value)").contains("(95 %)");
        assertThat(row.select("td").get(0).text()).isEqualTo("4");
    }

    @Test
    void a_small_target_scaled_to_a_week_keeps_its_decimals() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        String name = "Big deals " + System.nanoTime();
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, name, "sales", BigDecimal.valueOf(2), KpiPeriod.MONTH));
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1);
        BigDecimal weekOfTwo = BigDecimal.valueOf(14).divide(BigDecimal.valueOf(first.lengthOfMonth()), 2, RoundingMode.HALF_UP);

        Element row = row(Page.of(mvc.perform(get("/dashboards/sales").param("period", "RANGE")
                .param("from", first.plusDays(7).toString()).param("to", first.plusDays(13).toString()).with(as(manager)))), name);

        assertThat(row.select("td").get(0).text()).isEqualTo(weekOfTwo.toPlainString());
    }

    @Test
    void each_kpi_stands_beside_the_follow_ups_of_its_rules_and_reads_them_in_one_line() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        Item late = mother.prospect(people.staff(Area.SALES).id(), Duration.ofMinutes(30));
        Kpi kpi = kpis.findById(rules.findById(late.ruleId()).orElseThrow().kpiId()).orElseThrow();
        kpis.enter(new KpiEntry(kpi.id(), null, LocalDate.now(clock).withDayOfMonth(1), BigDecimal.ONE, manager.id(), clock.instant()));

        Page page = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager))).andExpect(status().isOk()));
        Element rules = row(page, kpi.name()).selectFirst(".kpi-rules");

        assertThat(rules.text()).startsWith("0 %").contains("1 fell due");
        assertThat(rules.selectFirst(".kpi-reading").text())
                .isEqualTo("Behind, and so are its follow-ups: the follow-up is not being done.");
        Page list = Page.of(mvc.perform(get(java.net.URI.create(rules.selectFirst("a").attr("href"))).with(as(manager))));
        assertThat(list.text("#follow-up-count")).startsWith("1 follow-up");
    }

    @Test
    void quarters_and_years_are_periods_and_the_13_week_tables_come_as_csv_with_the_charts_measure() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        Page quarter = Page.of(mvc.perform(get("/dashboards/sales").param("period", "LAST_QUARTER").with(as(manager))));
        LocalDate lastQuarter = LocalDate.now(clock).minusMonths(3);
        LocalDate start = lastQuarter.withDayOfMonth(1).withMonth((lastQuarter.getMonthValue() - 1) / 3 * 3 + 1);
        assertThat(quarter.texts("#period option[selected]")).containsExactly("Last quarter");
        assertThat(quarter.one("#panels [role=status]").text()).isNotBlank();
        assertThat(quarter.select("#panels a[href*=from=" + start + "]")).isNotEmpty();

        String trend = mvc.perform(get("/dashboards/sales/kpi-trend.csv").with(as(manager)))
                .andReturn().getResponse().getContentAsString();
        assertThat(trend).startsWith("\"KPI\",\"Week of\",\"Actual\",\"% of weekly target\"");
        String compliance = mvc.perform(get("/dashboards/sales/compliance-trend.csv").with(as(manager)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString();
        assertThat(compliance.lines().toList()).hasSize(14).first().asString().startsWith("\"Semana del\"");
    }

    @Test
    void receivables_in_another_currency_are_totalled_in_their_own_and_lead_to_their_invoices() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        Item dollars = mother.invoice(people.staff(Area.ADMINISTRATION).id(), false);
        jdbc.sql("update item set currency = 'USD' where id = ?").param(dollars.id()).update();

        Page page = Page.of(mvc.perform(get("/dashboards/administration").with(as(manager))));

        assertThat(page.text("#ageing-currency")).isEqualTo("Amounts in MXN, the company’s currency.");
        assertThat(page.texts("#other-currencies tbody th")).contains("USD");
        Element count = page.one("#other-currencies-count a");
        Page list = Page.of(mvc.perform(get(java.net.URI.create(count.attr("href"))).with(as(manager))));
        assertThat(list.select("#item-" + dollars.id())).hasSize(1);
        assertThat(list.text("#item-count")).startsWith(count.text().replaceAll(" .*", ""));
    }

    private static Element row(Page page, String kpiName) {
        return page.select("#panels tr").stream().filter(tr -> tr.text().startsWith(kpiName)).findFirst().orElseThrow();
    }
}
