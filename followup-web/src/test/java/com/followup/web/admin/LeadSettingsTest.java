package com.followup.web.admin;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.ResponseTier;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Directors set the response deadlines by tier and source, and the working hours and zone they count in. */
@FollowupWebTest
class LeadSettingsTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired LeadSettings settings;
    @Autowired Leads leads;
    @Autowired java.time.Clock clock;

    private Map<ResponseTier, Duration> tiersBefore;
    private CompanyHours hoursBefore;

    @org.junit.jupiter.api.BeforeEach
    void remember() {
        tiersBefore = new EnumMap<>(settings.tierDeadlines());
        hoursBefore = settings.hours();
    }

    @AfterEach
    void restore() {
        settings.saveTierDeadlines(settings.tierDeadlines(), tiersBefore);
        CompanyHours now = settings.hours();
        settings.save(new CompanyHours(hoursBefore.zone(), hoursBefore.opens(), hoursBefore.closes(), hoursBefore.days(),
                hoursBefore.autoReassign(), now.version()));
    }

    @Test
    void the_page_shows_the_tier_defaults_and_a_wrong_value_is_told_next_to_its_field_and_kept() throws Exception {
        UserAccount director = people.director();
        Page page = Page.of(mvc.perform(get("/admin/lead-settings").with(as(director)).header("Accept-Language", "es")));
        assertThat(page.text("h1")).isEqualTo("Plazos y horario de leads");
        assertThat(page.value("hot")).isEqualTo(String.valueOf(tiersBefore.get(ResponseTier.HOT).toMinutes()));

        Page refused = Page.of(mvc.perform(post("/admin/lead-settings/deadlines").with(csrf()).with(as(director))
                .param("hot", "0").param("warm", "abc").param("cold", "").header("Accept-Language", "en")));
        assertThat(refused.error("hot")).isEqualTo("Enter whole minutes from 1 to 100000.");
        assertThat(refused.error("warm")).isEqualTo("Enter whole minutes from 1 to 100000.");
        assertThat(refused.error("cold")).isEqualTo("Fill this in.");
        assertThat(refused.value("warm")).isEqualTo("abc");
        assertThat(settings.tierDeadlines()).isEqualTo(tiersBefore);
    }

    @Test
    void a_new_tier_deadline_and_a_source_s_own_deadline_set_the_deadline_of_leads_that_arrive_after() throws Exception {
        UserAccount director = people.director();
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());

        mvc.perform(post("/admin/lead-settings/deadlines").with(csrf()).with(as(director)).params(shown())
                .param("hot", "7").param("warm", "90").param("cold", "600")).andExpect(status().is3xxRedirection());
        assertThat(settings.tierDeadlines()).containsEntry(ResponseTier.HOT, Duration.ofMinutes(7))
                .containsEntry(ResponseTier.COLD, Duration.ofMinutes(600));
        assertThat(leads.sources()).filteredOn(s -> s.id() == source).singleElement()
                .satisfies(s -> assertThat(s.allowed()).isEqualTo(Duration.ofMinutes(7)));

        mvc.perform(post("/admin/lead-settings/sources/{id}", source).with(csrf()).with(as(director)).param("minutes", "30"))
                .andExpect(status().is3xxRedirection());
        assertThat(leads.sources()).filteredOn(s -> s.id() == source).singleElement()
                .satisfies(s -> assertThat(s.allowed()).isEqualTo(Duration.ofMinutes(30)));

        mvc.perform(post("/admin/lead-settings/sources/{id}", source).with(csrf()).with(as(director)).param("minutes", "")
                        .param("shown", "30"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.sourceDeadlines()).doesNotContainKey(source);
        assertThat(settings.saveSourceDeadline(source, Optional.empty(), Optional.of(Duration.ofMinutes(30)))).isTrue();
        Lead lead = mother.lead(source);
        assertThat(lead.respondBy()).isEqualTo(leads.businessHours(clock.getZone()).deadline(lead.arrivedAt(), Duration.ofMinutes(30)));
    }

    @Test
    void two_directors_changing_the_same_deadlines_the_second_is_told_and_nothing_of_theirs_is_saved() throws Exception {
        UserAccount first = people.director();
        UserAccount second = people.director();
        long source = mother.source(people.staff(Area.SALES).id(), List.of());
        Page seenBySecond = Page.of(mvc.perform(get("/admin/lead-settings").with(as(second))));
        MultiValueMap<String, String> shownToSecond = shown();

        mvc.perform(post("/admin/lead-settings/deadlines").with(csrf()).with(as(first)).params(shown())
                .param("hot", "8").param("warm", "100").param("cold", "700")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/lead-settings/sources/{id}", source).with(csrf()).with(as(first)).param("minutes", "45")
                .param("shown", "")).andExpect(status().is3xxRedirection());

        Page refused = Page.of(mvc.perform(post("/admin/lead-settings/deadlines").with(csrf()).with(as(second))
                .params(shownToSecond).param("hot", "3").param("warm", "100").param("cold", "700")).andExpect(status().isOk()));
        assertThat(refused.text("#tier-deadlines .alert")).startsWith("Someone else changed a deadline");
        assertThat(refused.value("hot")).isEqualTo("3");
        assertThat(settings.tierDeadlines()).containsEntry(ResponseTier.HOT, Duration.ofMinutes(8));
        String sourceShownToSecond = seenBySecond.select("#source-" + source).isEmpty() ? ""
                : seenBySecond.select("#source-" + source).val();
        var late = mvc.perform(post("/admin/lead-settings/sources/{id}", source).with(csrf()).with(as(second))
                .param("minutes", "10").param("shown", sourceShownToSecond)).andReturn();
        assertThat(late.getFlashMap().get("problem")).isEqualTo("leadSettings.deadlinesChanged");
        assertThat(settings.sourceDeadlines()).containsEntry(source, Duration.ofMinutes(45));

        mvc.perform(post("/admin/lead-settings/deadlines").with(csrf()).with(as(second)).params(shown())
                .param("hot", "3").param("warm", "100").param("cold", "700")).andExpect(status().is3xxRedirection());
        assertThat(settings.tierDeadlines()).containsEntry(ResponseTier.HOT, Duration.ofMinutes(3));
    }

    /** The minutes the deadlines form carries as shown, read from the page as a director sees it now. */
    private MultiValueMap<String, String> shown() throws Exception {
        Page page = Page.of(mvc.perform(get("/admin/lead-settings").with(as(people.director()))));
        MultiValueMap<String, String> shown = new LinkedMultiValueMap<>();
        for (String field : List.of("shownHot", "shownWarm", "shownCold")) {
            shown.add(field, page.select("#tier-deadlines input[name=" + field + "]").val());
        }
        return shown;
    }

    @Test
    void a_director_sets_the_zone_hours_days_and_automatic_reassignment_and_a_stale_form_is_refused() throws Exception {
        UserAccount director = people.director();
        long version = settings.hours().version();

        Page refused = Page.of(mvc.perform(post("/admin/lead-settings/hours").with(csrf()).with(as(director))
                .param("zone", "Mars/Olympus").param("opens", "18:00").param("closes", "09:00")
                .param("version", String.valueOf(version))));
        assertThat(refused.error("zone")).isEqualTo("Enter a time zone such as America/Mexico_City or Europe/Madrid.");
        assertThat(refused.error("closes")).isEqualTo("Closing comes after opening.");
        assertThat(refused.text("#days-error")).isEqualTo("Choose at least one working day.");
        assertThat(refused.value("zone")).isEqualTo("Mars/Olympus");

        mvc.perform(post("/admin/lead-settings/hours").with(csrf()).with(as(director)).param("zone", "Europe/Madrid")
                        .param("opens", "08:30").param("closes", "17:00").param("days", "MONDAY", "TUESDAY", "SATURDAY")
                        .param("autoReassign", "true").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        CompanyHours saved = settings.hours();
        assertThat(saved.zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
        assertThat(saved.opens()).isEqualTo(LocalTime.of(8, 30));
        assertThat(saved.days()).hasSize(3);
        assertThat(saved.autoReassign()).isTrue();

        Page stale = Page.of(mvc.perform(post("/admin/lead-settings/hours").with(csrf()).with(as(director)).param("zone", "")
                .param("opens", "09:00").param("closes", "18:00").param("days", "MONDAY").param("version", String.valueOf(version))));
        assertThat(stale.text(".alert-danger")).contains("Someone else changed the working hours");
        assertThat(settings.hours().zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
    }
}
