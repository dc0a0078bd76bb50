package com.followup.web.importing;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.portfolio.Customers;
import com.followup.domain.portfolio.SalesHistory;
import com.followup.domain.rule.FollowUpRule;
import com.followup.web.support.CustomerMother;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Measures the import of a 100,000-line file (docs/benchmarks.md); not part of the build (its name is not a test's),
 * run it with -Dtest=ImportBenchmark. {@code -Dfollowup.import.kind=invoices} (items of a collections rule, the
 * default) or {@code sales} (sale lines of 2,000 customers); {@code -Dfollowup.import.lines=N} for another size. A file
 * of {@code -Dfollowup.import.warmup=N} lines (20,000) is imported first and not measured: a live server runs compiled code.
 * It prints, for upload with preview and for confirmation, the time, the CPU time of this JVM and the CPU time of
 * this test's PostgreSQL backends (from /proc, when the server runs on this machine): CPU times hold under load.
 * It asserts only that every row was imported.
 */
@FollowupWebTest
class ImportBenchmark {

    private static final int LINES = Integer.getInteger("followup.import.lines", 100_000);
    private static final String KIND = System.getProperty("followup.import.kind", "invoices");
    /** Lines of a file imported first, unmeasured, so that the measured import runs compiled code as a live server does. */
    private static final int WARM_UP = Integer.getInteger("followup.import.warmup", 20_000);
    private static final int CUSTOMERS = 2_000;

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Customers customers;
    @Autowired SalesHistory sales;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void imports_a_large_file() throws Exception {
        if (KIND.equals("sales")) {
            importsSales();
        } else {
            importsInvoices();
        }
    }

    private void importsInvoices() throws Exception {
        UserAccount manager = people.manager(Area.ADMINISTRATION);
        UserAccount owner = people.staff(Area.ADMINISTRATION);
        FollowUpRule rule = mother.collectionsRule();
        measure(manager, "items", "warm-up.csv", invoices(rule, owner, "W-", WARM_UP), false);
        measure(manager, "items", "invoices.csv", invoices(rule, owner, "F-", LINES), true);
        assertThat(jdbc.sql("select count(*) from item where rule_id = ?").param(rule.id()).query(Long.class).single())
                .isEqualTo(WARM_UP + LINES);
    }

    private static StringBuilder invoices(FollowUpRule rule, UserAccount owner, String prefix, int lines) {
        StringBuilder csv = new StringBuilder("Rule,Title,Customer,Email,Phone,Owner,Amount,Currency,Invoice number,Credit days\n");
        for (int i = 1; i <= lines; i++) {
            csv.append(rule.topic()).append(",Invoice ").append(prefix).append(i).append(",Customer ").append(i % 2000)
                    .append(",billing").append(i % 2000).append("@example.test,+52 55 5555 ").append(1000 + i % 9000)
                    .append(',').append(owner.username()).append(",\"").append(1000 + i % 50000).append(".50\",MXN,")
                    .append(prefix).append(i).append(',').append(15 + i % 4 * 15).append('\n');
        }
        return csv;
    }

    private void importsSales() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        CustomerMother mother = new CustomerMother(customers, sales);
        List<String> names = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            var customer = mother.customer(CustomerMother.uniqueName("Bench"), seller.id());
            names.add(customer.name());
            ids.add(customer.id());
        }
        LocalDate today = LocalDate.now(clock);
        measure(manager, "sales", "warm-up.csv", sales(names, today, "W-", WARM_UP), false);
        measure(manager, "sales", "sales.csv", sales(names, today, "F-", LINES), true);
        assertThat(jdbc.sql("select count(*) from sale_line where customer_id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(WARM_UP + LINES);
    }

    private static StringBuilder sales(List<String> names, LocalDate today, String prefix, int lines) {
        StringBuilder csv = new StringBuilder("Customer,Date,Product,Family,Quantity,Amount,Currency,Cost,Invoice number\n");
        for (int i = 1; i <= lines; i++) {
            csv.append(names.get(i % CUSTOMERS)).append(',').append(today.minusDays(i % 1095)).append(",Product ")
                    .append(i % 400).append(",Family ").append(i % 12).append(',').append(1 + i % 20).append(",\"")
                    .append(1000 + i % 50000).append(".50\",MXN,").append(600 + i % 30000).append(".25,").append(prefix)
                    .append(i).append('\n');
        }
        return csv;
    }

    private void measure(UserAccount who, String kind, String fileName, StringBuilder csv, boolean print) throws Exception {
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        Cpu before = cpu();
        String batch = mvc.perform(multipart("/imports/" + kind).file(new MockMultipartFile("file", fileName, "text/csv", file))
                .with(csrf()).with(as(who))).andReturn().getResponse().getRedirectedUrl();
        Cpu uploaded = cpu();
        mvc.perform(post(batch).with(csrf()).with(as(who)));
        Cpu imported = cpu();
        if (!print) {
            return;
        }
        System.out.printf("import benchmark (%s, database %s): %d lines, %.1f MB%n", kind,
                jdbc.sql("select current_database()").query(String.class).single(), LINES, file.length / 1e6);
        System.out.println("  upload and preview: " + uploaded.since(before));
        System.out.println("  confirmation:       " + imported.since(uploaded));
    }

    /** Wall time, this JVM's CPU time and the CPU time of this database's backends, in nanoseconds. */
    private record Cpu(long wall, long jvm, long database) {
        String since(Cpu start) {
            return "%6d ms, JVM CPU %6d ms, PostgreSQL CPU %6d ms".formatted((wall - start.wall) / 1_000_000,
                    (jvm - start.jvm) / 1_000_000, (database - start.database) / 1_000_000);
        }
    }

    private Cpu cpu() {
        long wall = System.nanoTime();
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long database = 0;
        long tick = 10_000_000; // USER_HZ is 100 on Linux
        for (Integer pid : jdbc.sql("select pid from pg_stat_activity where datname = current_database()")
                .query(Integer.class).list()) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                database += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick;
            } catch (IOException | RuntimeException e) {
                // not on this machine, or ended: counted as nothing
            }
        }
        return new Cpu(wall, jvm, database);
    }
}
