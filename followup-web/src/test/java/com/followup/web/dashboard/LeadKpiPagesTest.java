package com.followup.web.dashboard;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.lead.Lead;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.SqlStatements;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lead KPIs on the Sales dashboards: each actual is the lead dashboard's figure and links to the leads it counts. */
@FollowupWebTest
class LeadKpiPagesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Kpis kpis;
    @Autowired LeadMother leads;
    @Autowired JdbcClient jdbc;

    @Test
    void a_seller_s_lead_kpis_count_their_leads_and_each_links_to_as_many_leads_as_it_says() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        long source = leads.source(seller.id(), List.of());
        Lead answered = leads.lead(source);
        Lead rejected = leads.lead(source);
        leads.lead(source);
        jdbc.sql("update lead set first_touch_at = arrived_at + interval '1 minute', connected_at = arrived_at + interval '1 minute',"
                + " status = 'CONNECTED' where id = ?").param(answered.id()).update();
        jdbc.sql("insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)"
                + " values (?, gen_random_uuid(), now(), 'Lucía', 'HELD', ?, now())").params(answered.id(), seller.id()).update();
        jdbc.sql("update lead set status = 'DISQUALIFIED', disqualify_reason = 'NO_BUDGET' where id = ?").param(rejected.id()).update();
        String tag = " " + System.nanoTime();
        mvc.perform(get("/my-numbers").with(as(seller))).andExpect(status().isOk());
        // seen once before, as a person sees a page again: their due work is kept in both counts (KeptDueWork)
        SqlStatements.reset();
        mvc.perform(get("/my-numbers").with(as(seller))).andExpect(status().isOk());
        long without = SqlStatements.count();
        for (Metric metric : Metric.values()) {
            if (metric.ofLeads()) {
                kpis.save(Kpi.computed(Area.SALES, metric, metric.name() + tag, "n", BigDecimal.TEN, KpiPeriod.MONTH));
            }
        }

        SqlStatements.reset();
        Page mine = Page.of(mvc.perform(get("/my-numbers").with(as(seller))).andExpect(status().isOk()));
        long statements = SqlStatements.count();
        List<String> sent = SqlStatements.sent();

        assertThat(actual(mine, Metric.LEAD_MEETINGS_BOOKED, tag)).isEqualTo("1");
        assertThat(actual(mine, Metric.LEAD_MEETINGS_HELD, tag)).isEqualTo("1");
        assertThat(actual(mine, Metric.LEADS_QUALIFIED, tag)).isEqualTo("0");
        assertThat(actual(mine, Metric.LEADS_ANSWERED_IN_TIME, tag)).startsWith("100");
        assertThat(actual(mine, Metric.LEADS_REJECTED_SHARE, tag)).startsWith("33");
        assertThat(actual(mine, Metric.LEAD_MEDIAN_FIRST_RESPONSE, tag)).isNotBlank();
        for (Metric metric : List.of(Metric.LEAD_MEETINGS_BOOKED, Metric.LEAD_MEETINGS_HELD, Metric.LEADS_QUALIFIED,
                Metric.LEADS_ANSWERED_IN_TIME, Metric.LEADS_REJECTED_SHARE, Metric.LEAD_MEDIAN_FIRST_RESPONSE)) {
            String href = row(mine, metric, tag).select("a[href^=/leads/counted]").attr("href");
            assertThat(href).as(metric.name()).contains("owner=" + seller.id());
            Page list = Page.of(mvc.perform(get(href).with(as(seller))).andExpect(status().isOk()));
            long expected = switch (metric) {
                case LEADS_ANSWERED_IN_TIME, LEADS_REJECTED_SHARE, LEAD_MEDIAN_FIRST_RESPONSE -> 1;
                default -> Long.parseLong(actual(mine, metric, tag));
            };
            assertThat(list.select("tr.counted-lead")).as(metric.name()).hasSize((int) expected);
        }
        mvc.perform(get("/leads/counted?counted=ARRIVED&owner=" + people.staff(Area.SALES).id()).with(as(seller)))
                .andExpect(status().isForbidden());
        // counted in the statement of the dashboard's other figures: no statement more
        assertThat(sent).filteredOn(sql -> sql.contains("lead_meeting")).singleElement().asString().contains("follow_up_day");
        assertThat(statements).isEqualTo(without);
        UserAccount manager = people.manager(Area.SALES);
        Page sales = Page.of(mvc.perform(get("/dashboards/sales").with(as(manager))).andExpect(status().isOk()));
        assertThat(row(sales, Metric.LEADS_QUALIFIED, tag).select("a.kpi-actual").attr("href"))
                .startsWith("/leads/counted?counted=REACHED").contains("step=QUALIFIED").doesNotContain("owner=");
    }

    @Test
    void the_director_s_overview_shows_the_lead_kpis_with_their_links() throws Exception {
        String name = "Qualified " + System.nanoTime();
        kpis.save(Kpi.computed(Area.SALES, Metric.LEADS_QUALIFIED, name, "people", BigDecimal.TEN, KpiPeriod.MONTH));

        Page overview = Page.of(mvc.perform(get("/dashboards").with(as(people.director()))).andExpect(status().isOk()));

        assertThat(overview.select("li:contains(" + name + ") a.kpi-actual").attr("href"))
                .startsWith("/leads/counted?counted=REACHED").contains("step=QUALIFIED");
    }

    private static Element row(Page page, Metric metric, String tag) {
        return page.select("#panels tr").stream().filter(tr -> tr.text().contains(metric.name() + tag)).findFirst().orElseThrow();
    }

    private static String actual(Page page, Metric metric, String tag) {
        return row(page, metric, tag).select("a.kpi-actual").first().text();
    }
}
