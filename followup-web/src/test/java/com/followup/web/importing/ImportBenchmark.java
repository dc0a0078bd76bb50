package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static com.followup.web.importing.ImportRequests.upload;
import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Measures the import of a 100,000-line file of invoices (docs/benchmarks.md); not part of the build (its name is not
 * a test's), run it with -Dtest=ImportBenchmark. It prints the times; it asserts only that every row was imported.
 */
@FollowupWebTest
class ImportBenchmark {

    private static final int LINES = Integer.getInteger("followup.import.lines", 100_000);

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void imports_a_large_file() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount owner = people.staff(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        StringBuilder csv = new StringBuilder("Rule,Title,Customer,Email,Phone,Owner,Amount,Currency,Invoice number,Credit days\n");
        for (int i = 1; i <= LINES; i++) {
            csv.append(rule.topic()).append(",Invoice F-").append(i).append(",Customer ").append(i % 2000)
                    .append(",billing").append(i % 2000).append("@example.test,+52 55 5555 ").append(1000 + i % 9000)
                    .append(',').append(owner.username()).append(",\"").append(1000 + i % 50000).append(".50\",MXN,F-")
                    .append(i).append(',').append(15 + i % 4 * 15).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long started = System.nanoTime();
        String batch = mvc.perform(upload(manager, "invoices.csv", file)).andReturn().getResponse().getRedirectedUrl();
        long uploaded = System.nanoTime();
        mvc.perform(post(batch).with(csrf()).with(as(manager)));
        long imported = System.nanoTime();

        System.out.printf("import benchmark: %d lines, %.1f MB: upload and preview %d ms, confirmation %d ms%n", LINES,
                file.length / 1e6, (uploaded - started) / 1_000_000, (imported - uploaded) / 1_000_000);
        assertThat(jdbc.sql("select count(*) from item where rule_id = ?").param(rule.id()).query(Long.class).single())
                .isEqualTo(LINES);
    }
}
