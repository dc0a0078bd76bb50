package com.followup.web.rule;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class RulePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Autowired
    FollowUpRules rules;

    @Autowired
    Kpis kpis;

    @Test
    void each_rule_reads_as_a_sentence_in_english_and_in_spanish() throws Exception {
        String topic = RuleMother.uniqueTopic("Sentence");
        mother.salesRule(topic);
        UserAccount staff = people.staff(Area.SALES);

        Element english = card(Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(staff)).header("Accept-Language", "en"))
                .andExpect(status().isOk())), "Sales · " + topic);
        assertThat(english.select(".rule-sentence").text())
                .contains("Close the sale within 2 months, followed up weekly by the seller, reported in the CRM");
        assertThat(english.text()).contains("First meeting → Proposal → Negotiation");
        Element spanish = card(Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(staff)).header("Accept-Language", "es"))),
                "Ventas · " + topic);
        assertThat(spanish.select(".rule-sentence").text())
                .contains("Close the sale en un plazo de 2 meses, con seguimiento semanal a cargo de seller");
    }

    @Test
    void a_rule_sentence_reads_as_a_person_would_write_it_without_capitals_mid_sentence() throws Exception {
        String topic = RuleMother.uniqueTopic("Deliveries");
        Kpi kpi = kpis.save(Kpi.define(Area.OPERATIONS, "On-time deliveries " + topic, "%", BigDecimal.TEN, KpiPeriod.MONTH));
        rules.save(FollowUpRule.define(new RuleDraft(Area.OPERATIONS, topic, "Deliver complete and on time",
                new TimeAllowed.FromItem(ItemTerm.PROMISED_DATE), new Frequency.EveryNDays(2, false),
                new RuleOwner.AreaRole("Purchasing"), new ReportedIn("Operations board", null), kpi.id(),
                Duration.ofDays(2), List.of())), "diana", List.of());
        UserAccount director = people.director();

        Element english = card(Page.of(mvc.perform(get("/rules").param("area", "OPERATIONS").with(as(director)).header("Accept-Language", "en"))
                .andExpect(status().isOk())), "Operations · " + topic);
        assertThat(english.select(".rule-sentence").text()).isEqualTo("Deliver complete and on time by the promised date, "
                + "followed up every 2 days by purchasing, reported in operations board, moves on-time deliveries " + topic + ".");
        Element spanish = card(Page.of(mvc.perform(get("/rules").param("area", "OPERATIONS").with(as(director)).header("Accept-Language", "es"))
                .andExpect(status().isOk())), "Operaciones · " + topic);
        assertThat(spanish.select(".rule-sentence").text()).isEqualTo("Deliver complete and on time según la fecha prometida, "
                + "con seguimiento cada 2 días a cargo de purchasing; se reporta en operations board e impacta on-time deliveries " + topic + ".");
    }

    @Test
    void a_name_typed_with_a_capital_starts_lower_case_and_an_acronym_keeps_its_capitals() throws Exception {
        assertThat(RuleSentences.inSentence("CRM", java.util.Locale.ENGLISH)).isEqualTo("CRM");
        assertThat(RuleSentences.inSentence("Receivables board", java.util.Locale.ENGLISH)).isEqualTo("receivables board");
        assertThat(RuleSentences.inSentence("Érica's list", new java.util.Locale("es"))).isEqualTo("érica's list");
    }

    @Test
    void staff_see_at_a_glance_which_rules_they_follow_up() throws Exception {
        String topic = RuleMother.uniqueTopic("Mine");
        mother.salesRule(topic);

        Page seller = Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(people.staff(Area.SALES)))));
        assertThat(card(seller, "Sales · " + topic).select(".badge").eachText()).contains("You follow this up");
        Page clerk = Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(people.staff(Area.OPERATIONS)))));
        assertThat(clerk.everything()).doesNotContain("You follow this up");
    }

    @Test
    void an_area_without_rules_says_what_to_do_next() throws Exception {
        mvc.perform(get("/rules").param("area", "OPERATIONS").param("archived", "true").with(as(people.director())))
                .andExpect(status().isOk());
        mvc.perform(get("/rules/new").with(as(people.director())).param("area", "OPERATIONS"))
                .andExpect(status().isOk());
    }

    @Test
    void the_board_link_placeholder_names_a_real_page_of_the_area() throws Exception {
        Page operations = Page.of(mvc.perform(get("/rules/new").param("area", "OPERATIONS").with(as(people.director())))
                .andExpect(status().isOk()));
        assertThat(operations.select("#boardLink").attr("placeholder")).isEqualTo("e.g. /dashboards/operations (optional)");
        mvc.perform(get("/dashboards/operations").with(as(people.director()))).andExpect(status().isOk());
        Page spanish = Page.of(mvc.perform(get("/rules/new").with(as(people.director())).header("Accept-Language", "es"))
                .andExpect(status().isOk()));
        assertThat(spanish.select("#boardLink").attr("placeholder")).isEqualTo("p. ej. /dashboards (opcional)");
    }

    @Test
    void a_rule_almost_like_one_the_area_has_asks_define_it_anyway_keeps_what_was_typed_and_saves_only_when_confirmed() throws Exception {
        String topic = RuleMother.uniqueTopic("Twin prospects");
        mother.salesRule(topic);
        String kpi = String.valueOf(mother.kpi(Area.SALES).id());
        String typed = "  " + topic.toUpperCase().replace("TWIN", "TWÍN") + " ";

        Page asked = Page.of(mvc.perform(validForm(post("/rules"), Area.SALES, typed, "objective", "Win the deal", "kpiChoice", kpi)
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()));
        assertThat(asked.text(".near-duplicate")).contains("The area already has a rule almost like this one. Define it anyway?")
                .contains("Sales · " + topic).contains("Close the sale within 2 months");
        assertThat(asked.select(".near-duplicate button[name=defineAnyway][value=true]").text()).isEqualTo("Define it anyway");
        assertThat(asked.value("topic")).isEqualTo(typed);
        assertThat(asked.value("objective")).isEqualTo("Win the deal");
        assertThat(asked.value("ownerRole")).isEqualTo("seller");
        assertThat(asked.value("stages")).contains("Negotiation");
        assertThat(twins(topic)).hasSize(1);

        Page spanish = Page.of(mvc.perform(validForm(post("/rules"), Area.SALES, typed, "kpiChoice", kpi).header("Accept-Language", "es"))
                .andExpect(status().isOk()));
        assertThat(spanish.text(".near-duplicate")).contains("¿Definirla de todos modos?");
        assertThat(twins(topic)).hasSize(1);

        mvc.perform(validForm(post("/rules"), Area.SALES, typed, "objective", "Win the deal", "kpiChoice", kpi, "defineAnyway", "true"))
                .andExpect(redirectedUrlPattern("/rules?area=SALES#rule-*"));
        assertThat(twins(topic)).hasSize(2);
        mvc.perform(validForm(post("/rules"), Area.OPERATIONS, typed, "kpiChoice", String.valueOf(mother.kpi(Area.OPERATIONS).id()),
                        "stages", "").header("Accept-Language", "en"))
                .andExpect(redirectedUrlPattern("/rules?area=OPERATIONS#rule-*"));
    }

    private List<FollowUpRule> twins(String topic) {
        return rules.findByArea(Area.SALES, false).stream().filter(r -> r.topic().strip().equalsIgnoreCase(topic)
                || r.topic().strip().equalsIgnoreCase(topic.replace("Twin", "Twín"))).toList();
    }

    @Test
    void only_directors_define_and_change_rules() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        mvc.perform(get("/rules/new").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/rules").with(as(manager)).with(csrf()).param("topic", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/rules").with(as(manager))).andExpect(status().isOk());
        assertThat(Page.of(mvc.perform(get("/rules").with(as(people.staff(Area.SALES))))).select("[href^=/rules/new]")).isEmpty();
    }

    @Test
    void a_director_defines_the_source_collections_rule_through_the_form() throws Exception {
        long kpi = mother.kpi(Area.ADMINISTRATION).id();
        String topic = RuleMother.uniqueTopic("Collections");

        mvc.perform(validForm(post("/rules"), Area.ADMINISTRATION, topic, "timeAllowedKind", "FROM_ITEM", "timeAllowedTerm", "CREDIT_TERMS", "ownerRole", "collections", "kpiChoice", String.valueOf(kpi)))
                .andExpect(redirectedUrlPattern("/rules?area=ADMINISTRATION#rule-*"));

        FollowUpRule rule = find(Area.ADMINISTRATION, topic);
        assertThat(rule.timeAllowed()).isEqualTo(new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS));
        assertThat(rule.frequency()).isEqualTo(new Frequency.EveryNWeeks(1, false));
        assertThat(rule.owner()).isEqualTo(new RuleOwner.AreaRole("collections"));
        assertThat(rule.escalateAfter()).isEqualTo(Duration.ofDays(3));
        assertThat(rules.history(rule.id())).hasSize(1);
    }

    @Test
    void mistakes_are_shown_next_to_their_fields_what_was_typed_stays_and_nothing_is_saved() throws Exception {
        String topic = RuleMother.uniqueTopic("Typed");

        Page form = Page.of(mvc.perform(validForm(post("/rules"), Area.SALES, topic, "objective", "", "timeAllowedAmount", "10", "timeAllowedUnit", "DAYS", "frequencyKind", "EVERY_N_WEEKS", "frequencyEvery", "2", "stages", "Proposal\nproposal", "kpiChoice", "")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()));
        assertThat(announced(form, "objective")).isEqualTo("Say what the follow-up should achieve, e.g. Close the sale.");
        assertThat(announced(form, "frequencyKind")).startsWith("Follow up more often than the time allowed");
        assertThat(announced(form, "stages")).isEqualTo("The stage \"proposal\" appears twice.");
        assertThat(form.value("topic")).isEqualTo(topic);

        assertThat(rules.findByArea(Area.SALES, true)).extracting(FollowUpRule::topic).doesNotContain(topic);
    }

    @Test
    void an_unreadable_number_is_reported_at_its_group_and_no_request_fails() throws Exception {
        Page form = Page.of(mvc.perform(validForm(post("/rules"), Area.SALES, RuleMother.uniqueTopic("Letters"),
                        "timeAllowedAmount", "two", "escalateAmount", "3x", "frequencyKind", "NONSENSE"))
                .andExpect(status().isOk()));
        assertThat(announced(form, "timeAllowedKind")).isEqualTo("Enter a valid value.");
        assertThat(announced(form, "escalateAmount")).isEqualTo("Enter a valid value.");
        assertThat(announced(form, "frequencyKind")).isEqualTo("Enter a valid value.");
        mvc.perform(get("/rules").param("area", "NOWHERE").with(as(people.director())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_new_kpi_is_created_with_the_rule_or_not_at_all() throws Exception {
        String topic = RuleMother.uniqueTopic("Deliveries");
        int kpisBefore = kpis.findByArea(Area.OPERATIONS).size();

        Page form = Page.of(mvc.perform(validForm(post("/rules"), Area.OPERATIONS, topic, "timeAllowedKind", "FROM_ITEM", "timeAllowedTerm", "PROMISED_DATE", "frequencyKind", "EVERY_N_DAYS", "frequencyEvery", "2", "kpiChoice", "new", "newKpiName", "", "newKpiUnit", "%"))
                .andExpect(status().isOk()));
        assertThat(announced(form, "newKpiName")).isEqualTo("Name the new KPI.");
        assertThat(kpis.findByArea(Area.OPERATIONS)).hasSize(kpisBefore);

        mvc.perform(validForm(post("/rules"), Area.OPERATIONS, topic, "timeAllowedKind", "FROM_ITEM", "timeAllowedTerm", "PROMISED_DATE", "frequencyKind", "ON_WEEKDAYS", "frequencyWeekdays", "MONDAY,THURSDAY", "kpiChoice", "new", "newKpiName", "On-time " + topic, "newKpiUnit", "%", "newKpiTarget", "95", "newKpiPeriod", "MONTH"))
                .andExpect(status().is3xxRedirection());
        FollowUpRule rule = find(Area.OPERATIONS, topic);
        assertThat(kpis.findById(rule.kpiId()).orElseThrow().name()).isEqualTo("On-time " + topic);
        assertThat(rule.frequency()).isEqualTo(new Frequency.OnWeekdays(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), false));
    }

    @Test
    void choosing_an_area_redraws_its_parts_as_an_htmx_fragment() throws Exception {
        Page sales = Page.of(mvc.perform(get("/rules/form-parts").param("area", "SALES").param("topic", "kept")
                        .header("HX-Request", "true").with(as(people.director())))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request"))));
        assertThat(sales.isWholePage()).isFalse();
        assertThat(sales.select("#area-parts")).hasSize(1);
        assertThat(sales.select("[name=stages]")).isNotEmpty();
        Page operations = Page.of(mvc.perform(get("/rules/form-parts").param("area", "OPERATIONS")
                .header("HX-Request", "true").with(as(people.director()))));
        assertThat(operations.select("[name=stages]")).isEmpty();
    }

    @Test
    void fields_are_checked_as_they_are_typed() throws Exception {
        UserAccount director = people.director();
        Page empty = Page.of(mvc.perform(post("/rules/check").param("slot", "topic").param("topic", "")
                        .header("HX-Request", "true").with(as(director)).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(empty.error("topic")).isEqualTo("Name the topic, e.g. New prospects.");
        Page spanish = Page.of(mvc.perform(post("/rules/check").param("slot", "topic").param("topic", "")
                        .header("HX-Request", "true").header("Accept-Language", "es").with(as(director)).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(spanish.error("topic")).isEqualTo("Pon nombre al tema, p. ej. Prospectos nuevos.");
        Page filled = Page.of(mvc.perform(post("/rules/check").param("slot", "topic").param("topic", "New prospects")
                .header("HX-Request", "true").with(as(director)).with(csrf())));
        assertThat(filled.error("topic")).isEmpty();
        Page tampered = Page.of(mvc.perform(post("/rules/check").param("slot", "__${T(java.lang.Runtime)}__").param("topic", "")
                        .header("HX-Request", "true").with(as(director)).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(tampered.select("#topic-error")).hasSize(1);
    }

    @Test
    void the_second_of_two_directors_editing_a_rule_is_told_and_sees_both_versions() throws Exception {
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Conflict"));
        String version = String.valueOf(rule.version());

        mvc.perform(validForm(post("/rules/{id}", rule.id()), Area.SALES, rule.topic(), "objective", "First director's objective", "version", version).param("kpiChoice", String.valueOf(rule.kpiId())))
                .andExpect(status().is3xxRedirection());
        ResultActions second = mvc.perform(validForm(post("/rules/{id}", rule.id()), Area.SALES, rule.topic(), "objective", "Second director's objective", "version", version).param("kpiChoice", String.valueOf(rule.kpiId())))
                .andExpect(status().isOk());
        Page form = Page.of(second);
        assertThat(form.texts("[role=alert]")).anySatisfy(alert -> assertThat(alert).contains("Someone else changed this rule while you were editing."));
        assertThat(form.text()).contains("First director's objective within 2 months");
        assertThat(form.value("objective")).isEqualTo("Second director's objective");

        assertThat(rules.findById(rule.id()).orElseThrow().objective()).isEqualTo("First director's objective");
    }

    @Test
    void archiving_keeps_the_rule_and_its_history_and_it_can_be_restored() throws Exception {
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Archive"));
        UserAccount director = people.director();

        mvc.perform(post("/rules/{id}/archive", rule.id()).param("version", String.valueOf(rule.version()))
                        .param("area", "SALES").with(as(director)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rules.findById(rule.id()).orElseThrow().isArchived()).isTrue();
        assertThat(Page.of(mvc.perform(get("/rules").param("area", "SALES").with(as(director)))).everything())
                .doesNotContain(rule.topic());

        FollowUpRule archived = rules.findById(rule.id()).orElseThrow();
        mvc.perform(post("/rules/{id}/restore", rule.id()).param("version", String.valueOf(archived.version()))
                        .param("area", "SALES").with(as(director)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String history = Page.of(mvc.perform(get("/rules/{id}/history", rule.id()).with(as(people.staff(Area.SALES))))
                .andExpect(status().isOk())).text(".timeline");
        assertThat(history).contains("Defined", "archived", "restored", director.username());
    }

    /** The card of the rule titled {@code title} on the list of rules. */
    private static Element card(Page rules, String title) {
        assertThat(rules.texts(".rule-card h2")).containsOnlyOnce(title);
        return rules.select(".rule-card").stream().filter(card -> card.select("h2").text().equals(title)).findFirst().orElseThrow();
    }

    /** The message in the slot beside {@code field} that a screen reader announces when a live check fills it. */
    private static String announced(Page form, String field) {
        return form.text("#" + field + "-error.field-error[aria-live=polite]");
    }

    /** The form as a director fills it in for the area; each pair of {@code changes} replaces one field. */
    private MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder request, Area area, String topic,
                                                    String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("area", area.name());
        fields.put("topic", topic);
        fields.put("objective", "Close the sale");
        fields.put("timeAllowedKind", "FIXED");
        fields.put("timeAllowedAmount", "2");
        fields.put("timeAllowedUnit", "MONTHS");
        fields.put("frequencyKind", "EVERY_N_WEEKS");
        fields.put("frequencyEvery", "1");
        fields.put("ownerKind", "ROLE");
        fields.put("ownerRole", "seller");
        fields.put("reportedIn", "the CRM");
        fields.put("escalateAmount", area == Area.SALES ? "2" : "3");
        fields.put("escalateUnit", "DAYS");
        fields.put("stages", area == Area.SALES ? "First meeting\nProposal\nNegotiation" : "");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder form = request.with(as(people.director())).with(csrf());
        fields.forEach(form::param);
        return form;
    }

    private FollowUpRule find(Area area, String topic) {
        List<FollowUpRule> found = rules.findByArea(area, true).stream().filter(r -> r.topic().equals(topic)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
