package com.followup.web.kpi;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class KpisPageTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired Kpis kpis;
    @Autowired RuleMother rules;

    @Test
    void a_director_defines_a_computed_kpi_and_a_persons_own_target() throws Exception {
        UserAccount director = people.director();
        UserAccount seller = people.staff(Area.SALES);
        String name = "Close rate " + System.nanoTime();

        mvc.perform(post("/kpis").with(as(director)).with(csrf()).param("area", "SALES").param("name", name)
                        .param("metric", "CLOSE_RATE_PER_PROSPECT").param("target", "40").param("unit", "%")
                        .param("period", "MONTH").param("version", "0"))
                .andExpect(redirectedUrl("/kpis?area=SALES"));
        Kpi kpi = kpis.findByArea(Area.SALES).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        mvc.perform(post("/kpis/{id}/targets", kpi.id()).with(as(director)).with(csrf())
                        .param("userId", seller.id().toString()).param("target", "55"))
                .andExpect(status().is3xxRedirection());

        assertThat(kpi.metric()).isEqualTo(Metric.CLOSE_RATE_PER_PROSPECT);
        Page list = Page.of(mvc.perform(get("/kpis").param("area", "SALES").with(as(people.manager(Area.SALES)))
                .header("Accept-Language", "es")));
        String card = "#kpi-" + kpi.id();
        assertThat(list.text(card + " h2")).isEqualTo(name);
        assertThat(list.texts(card + " p")).contains("Tasa de cierre por prospecto único");
        assertThat(list.texts(card + " li")).contains(seller.displayName() + ": 55 %");
        assertThat(list.everything()).doesNotContain("Nuevo indicador");
    }

    @Test
    void a_persons_own_target_names_nobody_until_the_director_chooses_and_without_a_choice_nothing_is_set() throws Exception {
        UserAccount director = people.director();
        String name = "Meetings " + System.nanoTime();
        mvc.perform(post("/kpis").with(as(director)).with(csrf()).param("area", "SALES").param("name", name)
                .param("target", "10").param("unit", "meetings").param("period", "MONTH").param("version", "0"));
        Kpi kpi = kpis.findByArea(Area.SALES).stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();

        Page page = Page.of(mvc.perform(get("/kpis").param("area", "SALES").with(as(director))));
        assertThat(page.select("#person-" + kpi.id() + " option[selected]")).singleElement()
                .satisfies(option -> assertThat(option.attr("value")).isEmpty());
        mvc.perform(post("/kpis/{id}/targets", kpi.id()).with(as(director)).with(csrf()).param("userId", "")
                        .param("target", "55"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "kpi.person.choose"));
        assertThat(kpis.personTargets(Area.SALES).getOrDefault(kpi.id(), Map.of())).doesNotContainValue(new BigDecimal("55"));
    }

    @Test
    void kpis_and_peoples_targets_are_for_directors_and_the_areas_managers_and_staff_see_their_own_on_my_numbers() throws Exception {
        UserAccount seller = people.staff(Area.SALES);
        Kpi kpi = rules.kpi(Area.SALES);
        kpis.setPersonTarget(kpi.id(), seller.id(), new BigDecimal("77"));

        mvc.perform(get("/kpis").param("area", "SALES").with(as(seller))).andExpect(status().isForbidden());
        mvc.perform(get("/kpis").with(as(seller))).andExpect(status().isForbidden());
        mvc.perform(get("/kpis").param("area", "SALES").with(as(people.manager(Area.OPERATIONS))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/kpis").param("area", "SALES").with(as(people.director()))).andExpect(status().isOk());
        Page myNumbers = Page.of(mvc.perform(get("/my-numbers").with(as(seller))));
        assertThat(myNumbers.texts("tr:has(th > span:containsOwn(" + kpi.name() + ")) td")).contains("77");
        assertThat(myNumbers.select("nav a[href=/kpis]")).isEmpty();
    }

    @Test
    void bad_input_stays_in_the_form_with_its_message_and_only_directors_define() throws Exception {
        Page form = Page.of(mvc.perform(post("/kpis").with(as(people.director())).with(csrf()).param("area", "OPERATIONS")
                        .param("name", "Typed name").param("metric", "NEW_SALES").param("target", "-3").param("unit", "")
                        .param("period", "WEEK"))
                .andExpect(status().isOk()));
        assertThat(form.value("name")).isEqualTo("Typed name");
        assertThat(form.error("target-new")).startsWith("Enter a number of zero or more");
        assertThat(form.text("#metric-new ~ .field-error")).isEqualTo("That measure belongs to another area.");
        mvc.perform(post("/kpis").with(as(people.manager(Area.SALES))).with(csrf()).param("area", "SALES")
                        .param("name", "Sneaky").param("target", "1").param("unit", "x").param("period", "WEEK"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_stale_edit_is_refused_and_says_so() throws Exception {
        Kpi kpi = kpis.save(Kpi.define(Area.SALES, "Visits " + System.nanoTime(), "visits", BigDecimal.TEN, KpiPeriod.WEEK));
        kpis.save(new Kpi(kpi.id(), kpi.area(), kpi.name(), kpi.unit(), BigDecimal.ONE, kpi.period(), null, kpi.version()));

        Page form = Page.of(mvc.perform(post("/kpis").param("id", kpi.id().toString()).with(as(people.director())).with(csrf())
                        .param("area", "SALES").param("name", kpi.name()).param("target", "20").param("unit", "visits")
                        .param("period", "WEEK").param("version", String.valueOf(kpi.version())))
                .andExpect(status().isOk()));
        assertThat(form.text("form .alert-danger")).startsWith("Someone else changed this KPI a moment ago.");
        assertThat(kpis.findById(kpi.id()).orElseThrow().target()).isEqualByComparingTo("1");
    }

    @Test
    void a_manager_enters_the_value_of_an_entered_kpi_for_the_period_of_a_day() throws Exception {
        Kpi kpi = kpis.save(Kpi.define(Area.OPERATIONS, "Supplier visits " + System.nanoTime(), "visits", BigDecimal.TEN,
                KpiPeriod.WEEK));

        mvc.perform(post("/kpis/{id}/entries", kpi.id()).with(as(people.manager(Area.OPERATIONS))).with(csrf())
                        .param("day", "2026-11-19").param("value", "7"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/kpis/{id}/entries", kpi.id()).with(as(people.staff(Area.OPERATIONS))).with(csrf())
                        .param("day", "2026-11-19").param("value", "70"))
                .andExpect(status().isForbidden());

        assertThat(kpis.entries(kpi.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.periodStart()).isEqualTo(LocalDate.of(2026, 11, 16));
                    assertThat(entry.value()).isEqualByComparingTo("7");
                });
    }

    @Test
    void an_entry_day_outside_the_years_the_app_takes_is_told_beside_it_with_what_was_typed_and_nothing_is_stored() throws Exception {
        Kpi kpi = kpis.save(Kpi.define(Area.OPERATIONS, "Audits " + System.nanoTime(), "audits", BigDecimal.TEN,
                KpiPeriod.MONTH));
        Kpi other = kpis.save(Kpi.define(Area.OPERATIONS, "Checks " + System.nanoTime(), "checks", BigDecimal.ONE,
                KpiPeriod.MONTH));

        for (boolean htmx : new boolean[] {false, true}) {
            for (String language : new String[] {"en", "es"}) {
                var request = post("/kpis/{id}/entries", kpi.id()).with(as(people.manager(Area.OPERATIONS))).with(csrf())
                        .header("Accept-Language", language).param("day", "9999-12-31").param("value", "1.005");
                Page page = Page.of(mvc.perform(htmx ? request.header("HX-Request", "true") : request)
                        .andExpect(status().isOk()));

                String day = "#day-" + kpi.id();
                assertThat(page.attr(day, "value")).isEqualTo("9999-12-31");
                assertThat(page.one(day).hasClass("is-invalid")).isTrue();
                assertThat(page.error("day-" + kpi.id())).isEqualTo(language.equals("en")
                        ? "Enter a date between 2000 and 2100." : "Escribe una fecha entre 2000 y 2100.");
                assertThat(page.attr("#value-" + kpi.id(), "value")).isEqualTo("1.005");
                assertThat(page.error("value-" + kpi.id())).isNotEmpty();
                assertThat(page.error("day-" + other.id())).as("another KPI's form is untouched").isEmpty();
                assertThat(page.attr("#day-" + other.id(), "value")).isNotEqualTo("9999-12-31");
            }
        }
        mvc.perform(post("/kpis/{id}/entries", kpi.id()).with(as(people.manager(Area.OPERATIONS))).with(csrf())
                        .param("day", "0000-01-01").param("value", "3"))
                .andExpect(status().isOk());

        assertThat(kpis.entries(kpi.id(), LocalDate.of(2000, 1, 1), LocalDate.of(2101, 1, 1))).isEmpty();
    }

    @Test
    void every_text_field_of_the_kpi_forms_stops_where_the_domain_would_refuse() throws Exception {
        Kpi kpi = kpis.save(Kpi.define(Area.SALES, "Calls " + System.nanoTime(), "calls", BigDecimal.TEN, KpiPeriod.WEEK));
        Page list = Page.of(mvc.perform(get("/kpis").param("area", "SALES").with(as(people.director()))));
        Page edit = Page.of(mvc.perform(get("/kpis/{id}/edit", kpi.id()).with(as(people.director()))));

        for (Page page : List.of(list, edit)) {
            assertThat(page.select("input[name=name]")).allSatisfy(input ->
                    assertThat(input.attr("maxlength")).isEqualTo(String.valueOf(Kpi.MAX_NAME)));
            assertThat(page.select("input[name=unit]")).allSatisfy(input ->
                    assertThat(input.attr("maxlength")).isEqualTo(String.valueOf(Kpi.MAX_UNIT)));
            assertThat(page.select("input:not([type=hidden]):not([type=date]):not([maxlength])")).isEmpty();
        }
        assertThat(list.select("input[name=target], input[name=value]")).isNotEmpty()
                .allSatisfy(input -> assertThat(input.attr("maxlength")).isNotEmpty());
    }
}
