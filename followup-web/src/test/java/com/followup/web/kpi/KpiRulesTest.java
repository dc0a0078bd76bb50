package com.followup.web.kpi;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A KPI's name is its area's alone, its rules keep it in their area, and its targets go to people of that area. */
@FollowupWebTest
class KpiRulesTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Kpis kpis;

    @Test
    void a_name_taken_in_the_area_whatever_its_case_is_a_message_next_to_the_name() throws Exception {
        Kpi taken = mother.kpi(Area.SALES);

        Page refused = Page.of(mvc.perform(define(Area.SALES, taken.name().toUpperCase())).andExpect(status().isOk()));
        assertThat(refused.error("name-new")).isEqualTo("Another KPI of this area already has this name.");
        assertThat(refused.value("name")).isEqualTo(taken.name().toUpperCase());
        mvc.perform(define(Area.OPERATIONS, taken.name()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void a_kpi_that_rules_use_stays_in_their_area() throws Exception {
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Measured"));
        Kpi used = kpis.findById(rule.kpiId()).orElseThrow();

        Page refused = Page.of(mvc.perform(define(Area.OPERATIONS, used.name()).param("id", used.id().toString())
                        .param("version", String.valueOf(used.version())))
                .andExpect(status().isOk()));
        assertThat(refused.text("form [role=alert]")).startsWith("Rules of this area measure themselves by this KPI");

        assertThat(kpis.findById(used.id()).orElseThrow().area()).isEqualTo(Area.SALES);
    }

    @Test
    void a_target_for_someone_outside_the_area_or_unknown_is_refused_and_not_stored() throws Exception {
        Kpi kpi = mother.kpi(Area.SALES);
        UserAccount elsewhere = people.staff(Area.OPERATIONS);

        for (String userId : new String[]{elsewhere.id().toString(), "999999999"}) {
            mvc.perform(post("/kpis/{id}/targets", kpi.id()).with(as(people.director())).with(csrf())
                            .param("userId", userId).param("target", "5"))
                    .andExpect(flash().attribute("problem", "kpi.person.notInArea"));
        }

        assertThat(kpis.personTargets(Area.SALES).get(kpi.id())).isNull();
    }

    private MockHttpServletRequestBuilder define(Area area, String name) {
        return post("/kpis").with(as(people.director())).with(csrf()).param("area", area.name()).param("name", name)
                .param("unit", "calls").param("target", "10").param("period", "MONTH");
    }
}
