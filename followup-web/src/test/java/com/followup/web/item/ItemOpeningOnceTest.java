package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An item form sent several times at once opens one item, and it goes only to someone who may own it. */
@FollowupWebTest
class ItemOpeningOnceTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void twenty_submissions_of_one_form_at_once_open_one_item_and_all_land_on_it() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Leads"));
        String title = RuleMother.uniqueTopic("Double click");
        UUID requestId = UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            submissions.add(() -> mvc.perform(form(staff, rule, title).param("requestId", requestId.toString()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        }
        List<String> landedOn = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(submissions)) {
                landedOn.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(jdbc.sql("select count(*) from item where title = ?").param(title).query(Long.class).single()).isOne();
        assertThat(landedOn).hasSize(20).containsOnly(landedOn.get(0));
    }

    @Test
    void a_manager_cannot_open_an_item_for_someone_outside_the_area_or_unknown() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount elsewhere = people.staff(Area.OPERATIONS);
        FollowUpRule rule = mother.salesRule(RuleMother.uniqueTopic("Leads"));
        String title = RuleMother.uniqueTopic("Not theirs");

        for (String ownerId : List.of(String.valueOf(elsewhere.id()), "999999999")) {
            Page refused = Page.of(mvc.perform(form(manager, rule, title).param("ownerId", ownerId)).andExpect(status().isOk()));
            assertThat(refused.error("ownerId")).isEqualTo("Choose someone who works in this area and may own its items.");
            assertThat(refused.value("title")).isEqualTo(title);
        }

        assertThat(jdbc.sql("select count(*) from item where title = ?").param(title).query(Long.class).single()).isZero();
    }

    private MockHttpServletRequestBuilder form(UserAccount who, FollowUpRule rule, String title) {
        return post("/items").with(as(who)).with(csrf()).param("area", "SALES").param("ruleId", rule.id().toString())
                .param("title", title).param("counterpartName", "Grupo Alameda").param("rating", "3")
                .param("conversionProbability", "20");
    }
}
