package com.followup.web.importing;

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

import java.util.concurrent.CompletableFuture;

import static com.followup.web.importing.ImportRequests.upload;
import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** On PostgreSQL: a file, a row or a confirmation counts once, however often it comes. */
@FollowupWebTest
class ImportOnceTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void the_same_file_imported_again_adds_nothing_and_says_when_it_was_imported() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        String csv = invoices(rule, 1, 2, 3);
        importFile(manager, "march.csv", csv);

        String again = mvc.perform(upload(manager, "march (copy).csv", csv)).andReturn().getResponse().getRedirectedUrl();
        Page page = Page.of(mvc.perform(get(again).with(as(manager))));
        assertThat(page.text("#already-imported")).startsWith("This file was imported on ")
                .endsWith("by " + manager.displayName() + ": importing it again would add nothing.");
        assertThat(page.select("#import-result button")).isEmpty();
        mvc.perform(post(again).with(csrf()).with(as(manager)));

        assertThat(itemCount(rule)).isEqualTo(3);
    }

    @Test
    void a_file_overlapping_an_earlier_one_adds_only_its_new_rows() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        importFile(manager, "march.csv", invoices(rule, 1, 2, 3));

        String batch = importFile(manager, "march-and-april.csv", invoices(rule, 2, 3, 4, 5));

        assertThat(itemCount(rule)).isEqualTo(5);
        assertThat(Page.of(mvc.perform(get(batch).with(as(manager)))).text("#import-counts"))
                .endsWith(": 2 added; 2 rows had been imported from an earlier file; 0 rows failed.");
    }

    @Test
    void a_confirmation_sent_twice_even_at_the_same_moment_imports_once() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        String batch = mvc.perform(upload(manager, "april.csv", invoices(rule, 1, 2))).andReturn().getResponse().getRedirectedUrl();

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> confirm(manager, batch));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> confirm(manager, batch));
        CompletableFuture.allOf(first, second).join();
        confirm(manager, batch);

        assertThat(itemCount(rule)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from item_change where kind = 'IMPORTED' and item_id in"
                + " (select id from item where rule_id = ?)").param(rule.id()).query(Long.class).single()).isEqualTo(2);
    }

    private String importFile(UserAccount who, String name, String csv) throws Exception {
        String batch = mvc.perform(upload(who, name, csv)).andReturn().getResponse().getRedirectedUrl();
        confirm(who, batch);
        return batch;
    }

    private void confirm(UserAccount who, String batch) {
        try {
            mvc.perform(post(batch).with(csrf()).with(as(who)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long itemCount(FollowUpRule rule) {
        return jdbc.sql("select count(*) from item where rule_id = ?").param(rule.id()).query(Long.class).single();
    }

    private static String invoices(FollowUpRule rule, int... numbers) {
        StringBuilder csv = new StringBuilder("rule,title,counterpart,amount,invoice number,credit days\n");
        for (int number : numbers) {
            csv.append(rule.topic()).append(",Invoice ").append(number).append(",ACME,100.00,F-").append(number).append(",30\n");
        }
        return csv.toString();
    }
}
