package com.followup.web.dashboard;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Sales running total of the month: the dashboard fetches its panel, its totals lead to the sales they add up,
 * money is per currency, and its table downloads as CSV in the reader's language. Amounts collected and invoices
 * without an amount are checked beside it, on the Administration side.
 */
@FollowupWebTest
class SalesRunningTotalPagesTest {

    /** The KPIs with their goals, the person's own targets and the sales per day, besides the session's own. */
    private static final long MOST_STATEMENTS = 6;

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Kpis kpis;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void the_sales_dashboard_fetches_the_running_total_and_each_total_leads_to_the_sales_it_adds_up() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, "Sales " + System.nanoTime(), "sales", BigDecimal.valueOf(30),
                KpiPeriod.MONTH));
        priced(sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller), "1000.00", "MXN");
        priced(sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller), "40.00", "USD");
        sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller);

        Page dashboard = Page.of(mvc.perform(get("/dashboards/sales").param("person", String.valueOf(seller.id()))
                .with(as(manager))).andExpect(status().isOk()));
        String panelUrl = dashboard.attr("#running-total", "hx-get");
        assertThat(panelUrl).startsWith("/dashboards/sales/running-total?").contains("person=" + seller.id());
        assertThat(dashboard.attr("#running-total a", "href")).isEqualTo(panelUrl);

        Page panel = Page.of(mvc.perform(get(URI.create(panelUrl)).header("HX-Request", "true").with(as(manager)))
                .andExpect(status().isOk()));
        assertThat(panel.isWholePage()).isFalse();
        assertThat(panel.text("#running-total-sales")).startsWith("Sold so far: 3 sales of a goal of");
        assertThat(panel.text("#running-total-MXN")).startsWith("MXN 1,000.00");
        assertThat(panel.text("#running-total-USD")).startsWith("USD 40.00");
        assertThat(panel.select("canvas[data-chart]")).hasSize(2);
        int today = LocalDate.now(clock).getDayOfMonth();
        assertThat(panel.select("#running-total-table tbody tr")).hasSize(today);
        Element last = panel.select("#running-total-table tbody tr").last();
        assertThat(last.select("td").get(0).text()).isEqualTo("3");

        for (Element total : panel.select("#running-total-sales a")) {
            assertThat(rowsBehind(total.attr("href"), manager)).as(total.text())
                    .isEqualTo(Long.parseLong(total.text().replaceAll("\\D.*", "")));
        }
        assertThat(panel.select("#running-total-sales a").first().text()).isEqualTo("3 sales");
        for (Element row : panel.select("#running-total-table tbody tr")) {
            for (int column : new int[]{0, 2}) {
                Element count = row.select("td").get(column).selectFirst("a");
                assertThat(rowsBehind(count.attr("href"), manager)).as(count.attr("href"))
                        .isEqualTo(Long.parseLong(count.text()));
            }
        }
        assertThat(rowsBehind(panel.select("#running-total-USD a").first().attr("href"), manager)).isEqualTo(1);
    }

    @Test
    void the_running_total_costs_the_same_statements_for_one_sale_as_for_thirty() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller);
        long few = statements(manager, seller);
        for (int i = 0; i < 29; i++) {
            priced(sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller), "10.00", i % 2 == 0 ? "MXN" : "EUR");
        }

        assertThat(statements(manager, seller)).isEqualTo(few).isLessThanOrEqualTo(MOST_STATEMENTS);
    }

    private long statements(UserAccount as, UserAccount person) throws Exception {
        SqlStatements.reset();
        mvc.perform(get("/dashboards/sales/running-total").param("person", String.valueOf(person.id()))
                .header("HX-Request", "true").with(as(as))).andExpect(status().isOk());
        return SqlStatements.count();
    }

    @Test
    void the_table_downloads_as_csv_in_the_reader_s_language_with_a_column_per_currency() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        priced(sell(mother.prospect(seller.id(), Duration.ofHours(2)), seller), "450.50", "USD");

        String english = mvc.perform(get("/dashboards/sales/running-total.csv").with(as(seller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> lines = english.lines().toList();
        assertThat(lines.get(0)).startsWith("\"Day\",\"Sales to date\",\"Goal to date\",\"Same day last month\"")
                .contains("\"Amount to date (MXN)\"", "\"Amount to date (USD)\"");
        assertThat(lines).hasSize(LocalDate.now(clock).getDayOfMonth() + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith("\"" + LocalDate.now(clock) + "\",1,").contains("450.50");

        String spanish = mvc.perform(get("/dashboards/sales/running-total.csv").header("Accept-Language", "es")
                .with(as(seller))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(spanish).startsWith("\"Día\",\"Ventas acumuladas\",\"Meta a la fecha\"").contains("\"Importe acumulado (USD)\"");
    }

    @Test
    void staff_see_only_their_own_running_total_and_other_areas_none() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        sell(mother.prospect(other.id(), Duration.ofHours(2)), other);

        Page mine = Page.of(mvc.perform(get("/dashboards/sales/running-total").param("person", String.valueOf(other.id()))
                .with(as(seller))).andExpect(status().isOk()));
        assertThat(mine.isWholePage()).isTrue();
        assertThat(mine.text("#running-total-sales")).startsWith("Sold so far: 0 sales");
        Page spanish = Page.of(mvc.perform(get("/dashboards/sales/running-total").header("Accept-Language", "es")
                .with(as(other))).andExpect(status().isOk()));
        assertThat(spanish.text("#running-total-sales")).startsWith("Vendido hasta ahora: 1 venta");
        mvc.perform(get("/dashboards/sales/running-total").with(as(people.manager(Area.OPERATIONS))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_collected_list_adds_up_the_money_the_amount_collected_counts() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount collector = people.staff(Area.ADMINISTRATION);
        Item whole = mother.invoice(collector.id(), false);
        Item part = mother.invoice(collector.id(), false);
        close(whole, new ItemOutcome.Collected(Money.of("1000.00", "MXN"), true), collector);
        close(part, new ItemOutcome.Collected(Money.of("250.25", "MXN"), false), collector);

        Page list = Page.of(mvc.perform(get("/items").param("area", "ADMINISTRATION").param("counted", "COLLECTED")
                .param("owner", String.valueOf(collector.id())).with(as(manager))).andExpect(status().isOk()));
        assertThat(list.text("#item-count")).startsWith("2 items");
        assertThat(list.text("#item-collected")).isEqualTo("Collected in these days: MXN 1,250.25");
    }

    @Test
    void an_open_invoice_without_an_amount_is_counted_beside_the_ageing_and_leads_to_its_list() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount collector = people.staff(Area.ADMINISTRATION);
        Item invoice = mother.invoice(collector.id(), false);
        jdbc.sql("update item set amount = null, currency = null where id = ?").param(invoice.id()).update();

        Page dashboard = Page.of(mvc.perform(get("/dashboards/administration").param("person", String.valueOf(collector.id()))
                .with(as(manager))).andExpect(status().isOk()));
        assertThat(dashboard.text("#receivables-without-amount")).isEqualTo("1 open invoice has no amount, so no total above holds it.");
        Page list = Page.of(mvc.perform(get(URI.create(dashboard.attr("#receivables-without-amount a", "href")))
                .with(as(manager))).andExpect(status().isOk()));
        assertThat(list.text("#item-count")).startsWith("1 item");
        assertThat(list.select("#item-" + invoice.id())).hasSize(1);
        String csv = mvc.perform(get("/dashboards/administration/receivables.csv").param("person", String.valueOf(collector.id()))
                .with(as(manager))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"Without an amount\",1,,");
    }

    private long rowsBehind(String href, UserAccount as) throws Exception {
        Page list = Page.of(mvc.perform(get(URI.create(href)).with(as(as))).andExpect(status().isOk()));
        String shown = list.text("#item-count");
        return shown.startsWith("No") ? 0 : Long.parseLong(shown.replaceAll("\\D.*", ""));
    }

    private Item sell(Item item, UserAccount by) {
        return close(item, new ItemOutcome.Sold(), by);
    }

    private Item close(Item item, ItemOutcome outcome, UserAccount by) {
        Item current = items.findById(item.id()).orElseThrow();
        current.close(outcome, by.id(), clock.instant());
        return items.save(current);
    }

    private void priced(Item item, String amount, String currency) {
        jdbc.sql("update item set amount = cast(? as numeric), currency = ? where id = ?")
                .params(amount, currency, item.id()).update();
    }
}
