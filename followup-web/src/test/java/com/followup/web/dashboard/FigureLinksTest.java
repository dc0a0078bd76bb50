package com.followup.web.dashboard;

import com.followup.domain.account.UserAccount;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every count on the dashboards is a link to the list of the rows it counts, and that list has as many. */
@FollowupWebTest
class FigureLinksTest {

    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d[\\d,]*)(?!\\d*\\s*%)");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired Kpis kpis;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void every_count_on_an_area_dashboard_leads_to_as_many_rows() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        mother.prospect(seller.id(), Duration.ofDays(2));
        sell(mother.prospect(seller.id(), Duration.ofHours(3)), seller);
        String name = "Drilled sales " + System.nanoTime();
        kpis.save(Kpi.computed(Area.SALES, Metric.NEW_SALES, name, "sales", BigDecimal.TEN, KpiPeriod.MONTH));

        Page page = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager))).andExpect(status().isOk()));

        Element actual = page.select("#panels tr").stream().filter(tr -> tr.text().startsWith(name)).findFirst()
                .orElseThrow().selectFirst("a.kpi-actual");
        assertThat(actual).isNotNull();
        assertThat(rowsBehind(actual.attr("href"), manager)).isEqualTo(count(actual.text()));
        assertEveryCountLeadsToItsRows(page, manager, 10);
        assertThat(page.text("#close-rate-counts")).startsWith("Close rate: of the prospects contacted in the period");
        assertThat(page.texts("#prospect-cohorts tbody th")).containsExactly("New (first contacted in the period)",
                "Existing (contacted before)", "All");
    }

    @Test
    void incomplete_deliveries_are_their_own_figure_on_operations_leading_to_exactly_those_deliveries() throws Exception {
        UserAccount manager = people.manager(Area.OPERATIONS);
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item incomplete = items.findById(mother.delivery(clerk.id(), null).id()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        incomplete.close(ItemOutcome.Delivered.on(false, true, today.minusDays(1), today.plusDays(5), null), clerk.id(),
                clock.instant());
        items.save(incomplete);

        Page page = Page.of(mvc.perform(get("/dashboards/operations").with(as(manager))).andExpect(status().isOk()));

        Element figure = page.select("#incomplete-deliveries").first();
        assertThat(figure).isNotNull();
        assertThat(figure.attr("href")).contains("counted=DELIVERED_INCOMPLETE");
        assertThat(count(figure.text())).isPositive();
        assertThat(rowsBehind(figure.attr("href"), manager)).isEqualTo(count(figure.text()));
        Page list = Page.of(mvc.perform(get(URI.create(figure.attr("href"))).with(as(manager))).andExpect(status().isOk()));
        assertThat(list.everything()).contains(incomplete.title());
    }

    @Test
    void in_who_is_behind_the_name_lists_the_persons_items_and_the_overdue_number_only_the_overdue_ones() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        mother.prospect(seller.id(), Duration.ofDays(2));
        Item notYetDue = mother.prospect(seller.id(), Duration.ofDays(1));
        jdbc.sql("update item set next_due_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().plus(Duration.ofDays(3))), notYetDue.id()).update();

        // the dashboard shows the ten people most behind; everyone, with the same links, is on the page it links to
        Page page = Page.of(mvc.perform(get("/dashboards/sales/people").with(as(manager))));
        Element row = page.select("table tr").stream().filter(tr -> tr.text().startsWith(seller.displayName()))
                .findFirst().orElseThrow();
        List<Element> links = row.select("a");

        assertThat(rowsBehind(links.get(0).attr("href"), manager)).isEqualTo(2);
        Element overdue = row.select("a[href*=counted=OVERDUE_NOW]").first();
        assertThat(overdue.text()).isEqualTo("1");
        Page list = Page.of(mvc.perform(get(overdue.attr("href")).with(as(manager))));
        assertThat(list.select("#item-results li")).hasSize(1);
        assertThat(list.select("#item-" + notYetDue.id())).isEmpty();
    }

    @Test
    void the_directors_overview_and_my_numbers_lead_to_the_rows_too_and_keep_the_period() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        mother.prospect(seller.id(), Duration.ofDays(2));
        UserAccount director = people.director();

        Page overview = Page.of(mvc.perform(get("/dashboards").param("period", "LAST_MONTH").with(as(director))));
        assertThat(overview.select("#panels h2 a").eachAttr("href")).isNotEmpty()
                .allMatch(href -> href.contains("period=LAST_MONTH"));
        assertEveryCountLeadsToItsRows(overview, director, 6);

        Page mine = Page.of(mvc.perform(get("/my-numbers").with(as(seller))));
        assertEveryCountLeadsToItsRows(mine, seller, 4);
    }

    @Test
    void a_manager_of_two_areas_switches_between_their_dashboards_keeping_the_period() throws Exception {
        UserAccount manager = people.manager(Area.SALES, Area.OPERATIONS);

        Page page = Page.of(mvc.perform(get("/dashboards/sales").param("period", "THIS_WEEK").with(as(manager))));

        assertThat(page.texts("#area-switch a")).containsExactly("Sales", "Operations");
        assertThat(page.attr("#area-switch a.active", "aria-current")).isEqualTo("page");
        assertThat(page.select("#area-switch a").eachAttr("href")).allMatch(href -> href.contains("period=THIS_WEEK"));
        assertThat(Page.of(mvc.perform(get("/dashboards/sales").with(as(people.manager(Area.SALES)))))
                .select("#area-switch")).isEmpty();
    }

    @Test
    void staff_see_only_their_own_follow_ups_and_every_list_comes_as_csv() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        UserAccount colleague = people.staff(Area.SALES);
        mother.prospect(seller.id(), Duration.ofDays(2));
        mother.prospect(colleague.id(), Duration.ofDays(2));

        String from = LocalDate.now(clock).minusDays(7).toString();
        String to = LocalDate.now(clock).toString();
        Page list = Page.of(mvc.perform(get("/follow-ups").param("area", "SALES").param("counted", "OVERDUE")
                .param("from", from).param("to", to).param("person", String.valueOf(colleague.id())).with(as(seller)))
                .andExpect(status().isOk()));
        assertThat(list.texts(".follow-up-row td:nth-child(2)")).containsOnly(seller.displayName());
        assertThat(list.text("#follow-up-count")).startsWith("1 follow-up");

        String csv = mvc.perform(get("/follow-ups/export.csv").param("area", "SALES").param("counted", "OVERDUE")
                .param("from", from).param("to", to).with(as(seller))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2).first().asString().startsWith("\"Item\",\"Rule\",\"Who\"");
        assertThat(csv).contains("Overdue, not done");

        String items = mvc.perform(get("/items/export.csv").param("area", "SALES").param("counted", "OVERDUE_NOW")
                .param("owner", String.valueOf(seller.id())).header("Accept-Language", "es").with(as(seller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(items.lines().toList()).hasSize(2).first().asString().startsWith("\"Título\"");
    }

    @Test
    void the_sales_money_is_totalled_per_currency_and_each_count_leads_to_exactly_its_items() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        String stage = "Stage " + System.nanoTime();
        Item pesos = priced(mother.prospect(seller.id(), Duration.ofDays(2)), "1000.00", "MXN", stage, 50);
        priced(mother.prospect(seller.id(), Duration.ofDays(2)), "200.00", "USD", stage, 25);
        priced(mother.prospect(seller.id(), Duration.ofDays(2)), "300.00", "USD", stage, null);
        Item won = priced(mother.prospect(seller.id(), Duration.ofHours(3)), "450.50", "USD", stage, 90);
        sell(won, seller);

        Page page = Page.of(mvc.perform(get("/dashboards/sales").param("person", String.valueOf(seller.id()))
                .with(as(manager))).andExpect(status().isOk()));

        List<Element> rows = page.select("#pipeline-money tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(stage)).toList();
        // by hand: 1000 × 50 % = 500; 200 × 25 % + 300 with no probability = 50
        assertThat(rows).extracting(Element::text)
                .containsExactly(stage + " MXN 1 1,000.00 500.00", stage + " USD 2 500.00 50.00");
        Element dollars = rows.get(1).selectFirst("a");
        assertThat(rowsBehind(dollars.attr("href"), manager)).isEqualTo(2);
        Page pesosList = Page.of(mvc.perform(get(URI.create(rows.get(0).selectFirst("a").attr("href"))).with(as(manager))));
        assertThat(pesosList.select("#item-" + pesos.id())).hasSize(1);
        assertThat(page.text("#won-USD")).startsWith("Won in the period: USD 450.50, 1 item");
        assertThat(page.select("#won-MXN")).isEmpty();
        assertThat(rowsBehind(page.attr("#won-USD a", "href"), manager)).isEqualTo(1);

        Page spanish = Page.of(mvc.perform(get("/dashboards/sales").param("person", String.valueOf(seller.id()))
                .header("Accept-Language", "es").with(as(manager))));
        assertThat(spanish.text("#won-USD")).startsWith("Ganado en el periodo: USD");
    }

    private Item priced(Item item, String amount, String currency, String stage, Integer probability) {
        jdbc.sql("update item set amount = cast(? as numeric), currency = ?, stage = ?, conversion_probability = ? where id = ?")
                .params(amount, currency, stage, probability, item.id()).update();
        return item;
    }

    /** Follows at least {@code least} counts of the page, those not a share or an amount, and counts their rows. */
    private void assertEveryCountLeadsToItsRows(Page page, UserAccount as, int least) throws Exception {
        int followed = 0;
        for (Element link : page.select("#panels a[href^=/items?], #panels a[href^=/follow-ups?]")) {
            Matcher count = LEADING_COUNT.matcher(link.text());
            if (link.hasClass("kpi-actual") || !count.find()) {
                continue;
            }
            assertThat(rowsBehind(link.attr("href"), as)).as(link.text() + " → " + link.attr("href"))
                    .isEqualTo(count(count.group(1)));
            followed++;
        }
        assertThat(followed).isGreaterThanOrEqualTo(least);
    }

    private long rowsBehind(String href, UserAccount as) throws Exception {
        // the href is already encoded, as a browser sends it
        Page list = Page.of(mvc.perform(get(URI.create(href)).with(as(as))).andExpect(status().isOk()));
        String shown = href.startsWith("/items") ? list.text("#item-count") : list.text("#follow-up-count");
        return shown.startsWith("No") ? 0 : count(shown);
    }

    private static long count(String text) {
        Matcher number = Pattern.compile("\\d[\\d,]*").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        return Long.parseLong(number.group().replace(",", ""));
    }

    private void sell(Item item, UserAccount by) {
        Item current = items.findById(item.id()).orElseThrow();
        current.close(new ItemOutcome.Sold(), by.id(), clock.instant());
        items.save(current);
    }
}
