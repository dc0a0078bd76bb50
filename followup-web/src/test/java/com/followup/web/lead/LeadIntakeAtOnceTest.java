package com.followup.web.lead;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadDraft;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leads taken in at the same moment on PostgreSQL: a source that names a seller takes no lock but the person's, a
 * team still takes turns evenly, caps are never passed (whichever sources the leads come from), and two leads of one
 * person, or one request sent many times, end with one owner and one lead.
 */
@FollowupWebTest
class LeadIntakeAtOnceTest {

    private static final int THREADS = 8;

    @Autowired MockMvc mvc;
    @Autowired LeadIntake intake;
    @Autowired LeadMother mother;
    @Autowired People people;
    @Autowired JdbcClient jdbc;

    @Test
    void forty_leads_at_once_to_a_source_that_names_a_seller_are_all_stored_once_and_all_theirs() throws Exception {
        long seller = people.staff(Area.SALES).id();
        long source = mother.source(seller, List.of());
        String tag = unique("one");

        List<Lead> taken = atOnce(40, i -> draft("p" + i + "." + tag + "@example.com", source));

        assertThat(taken).extracting(Lead::ownerId).hasSize(40).containsOnly(seller);
        assertThat(ownersOf(tag)).isEqualTo(Map.of(seller, 40L));
        assertThat(distinctEmails(tag)).isEqualTo(40);
    }

    @Test
    void thirty_leads_at_once_to_a_team_take_turns_evenly_and_a_capped_member_gets_no_more_than_the_cap() throws Exception {
        long first = people.staff(Area.SALES).id();
        long second = people.staff(Area.SALES).id();
        long capped = people.staff(Area.SALES).id();
        jdbc.sql("insert into lead_seller (user_id, daily_cap) values (?, 4)").param(capped).update();
        long source = mother.source(null, List.of(first, second, capped));
        String tag = unique("team");

        atOnce(30, i -> draft("p" + i + "." + tag + "@example.com", source));

        // turns: first, second, capped four times round, then first and second nine times each
        assertThat(ownersOf(tag)).isEqualTo(Map.of(first, 13L, second, 13L, capped, 4L));
    }

    @Test
    void a_capped_seller_named_by_two_sources_gets_no_more_than_the_cap_from_both_at_once() throws Exception {
        people.manager(Area.SALES); // who gets the leads past the cap
        long seller = people.staff(Area.SALES).id();
        jdbc.sql("insert into lead_seller (user_id, daily_cap) values (?, 5)").param(seller).update();
        long one = mother.source(seller, List.of());
        long other = mother.source(seller, List.of());
        String tag = unique("cap");

        List<Lead> taken = atOnce(16, i -> draft("p" + i + "." + tag + "@example.com", i % 2 == 0 ? one : other));

        assertThat(taken).filteredOn(lead -> lead.ownerId() == seller).hasSize(5);
        assertThat(ownersOf(tag).get(seller)).isEqualTo(5L);
        assertThat(distinctEmails(tag)).isEqualTo(16);
    }

    @Test
    void one_person_sent_at_once_by_sources_of_different_sellers_and_a_team_ends_with_one_owner() throws Exception {
        long sellerA = people.staff(Area.SALES).id();
        long sellerB = people.staff(Area.SALES).id();
        long member = people.staff(Area.SALES).id();
        List<Long> sources = List.of(mother.source(sellerA, List.of()), mother.source(sellerB, List.of()),
                mother.source(null, List.of(member, sellerA)));
        String tag = unique("same");
        String email = "Same." + tag + "@Example.com";

        // by email (in any case), some with a phone (written either way) too
        List<Lead> taken = atOnce(24, i -> new LeadDraft("Lucía Pérez", i % 2 == 0 ? email : email.toLowerCase(),
                i % 4 == 1 ? "+52 55 8765 4321" : i % 4 == 3 ? "(55) 8765-4321" : null, "Buyer", "Acme",
                sources.get(i % 3), "Please call me", true));

        assertThat(taken).hasSize(24).extracting(Lead::ownerId).containsOnly(taken.get(0).ownerId());
        assertThat(jdbc.sql("select count(distinct owner_id) from lead where email_key = ? or phone_key = '+525587654321'")
                .param(email.toLowerCase()).query(Long.class).single()).isOne();
    }

    @Test
    void one_request_sent_twenty_times_at_once_stores_one_lead_and_every_answer_is_it() throws Exception {
        long source = mother.source(null, List.of(people.staff(Area.SALES).id(), people.staff(Area.SALES).id()));
        String tag = unique("twice");
        UUID requestId = UUID.randomUUID();
        LeadDraft draft = draft("once." + tag + "@example.com", source);

        List<Lead> taken = atOnce(20, requestId, i -> draft);

        assertThat(taken).extracting(Lead::id).hasSize(20).containsOnly(taken.get(0).id());
        assertThat(distinctEmails(tag)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from lead where email_key like ?").param("%" + tag + "%").query(Long.class).single())
                .isOne();
        assertThat(jdbc.sql("select last_assigned_id from lead_source where id = ?").param(source).query(Long.class).single())
                .isEqualTo(taken.get(0).ownerId());
    }

    @Test
    void a_file_imported_while_the_same_people_arrive_one_by_one_in_the_other_order_ends_with_one_owner_each() throws Exception {
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        long first = people.staff(Area.SALES).id();
        long second = people.staff(Area.SALES).id();
        long team = mother.source(null, List.of(first, second));
        String teamName = jdbc.sql("select name from lead_source where id = ?").param(team).query(String.class).single();
        String tag = unique("file");
        int count = 20;
        StringBuilder csv = new StringBuilder("Name,Email,Source,Consent\n");
        for (int i = 0; i < count; i++) {
            csv.append("Row ").append(i).append(",p").append(i).append('.').append(tag).append("@example.com,")
                    .append(teamName).append(",yes\n");
        }
        String batchPath = mvc.perform(multipart("/imports/leads").file(new MockMultipartFile("file", tag + ".csv", "text/csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(marketing)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        // the file's rows lock their people first to last; these single leads come last to first, with the team's turn
        Future<Integer> confirmed = Executors.newSingleThreadExecutor().submit(() -> mvc.perform(post(batchPath)
                .with(csrf()).with(as(marketing))).andReturn().getResponse().getStatus());
        atOnce(count, i -> draft("p" + (count - 1 - i) + "." + tag + "@example.com", team));

        assertThat(confirmed.get()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from lead where email_key like ?").param("%" + tag + "%").query(Long.class).single())
                .isEqualTo(2L * count);
        assertThat(jdbc.sql("select count(*) from (select email_key from lead where email_key like ? group by email_key"
                + " having count(distinct owner_id) > 1) twice").param("%" + tag + "%").query(Long.class).single()).isZero();
    }

    private List<Lead> atOnce(int count, IntFunction<LeadDraft> drafts) throws Exception {
        return atOnce(count, null, drafts);
    }

    /** {@code count} leads taken in by {@value #THREADS} threads that all start together; each one's own request id unless given. */
    private List<Lead> atOnce(int count, UUID requestId, IntFunction<LeadDraft> drafts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Lead>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                LeadDraft draft = drafts.apply(i);
                Callable<Lead> take = () -> {
                    start.await();
                    LeadIntake.Result result = intake.take(draft, requestId == null ? UUID.randomUUID() : requestId, null);
                    assertThat(result.violations()).isEmpty();
                    return result.lead();
                };
                answers.add(pool.submit(take));
            }
            start.countDown();
            List<Lead> taken = new ArrayList<>();
            for (Future<Lead> answer : answers) {
                taken.add(answer.get());
            }
            return taken;
        } finally {
            pool.shutdown();
        }
    }

    private static LeadDraft draft(String email, long source) {
        return new LeadDraft("Lucía Pérez", email, null, "Buyer", "Acme", source, "Please call me", true);
    }

    private Map<Long, Long> ownersOf(String tag) {
        return jdbc.sql("select owner_id, count(*) as n from lead where email_key like ? group by owner_id")
                .param("%" + tag + "%").query((rs, row) -> Map.entry(rs.getLong("owner_id"), rs.getLong("n"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long distinctEmails(String tag) {
        return jdbc.sql("select count(distinct email_key) from lead where email_key like ?").param("%" + tag + "%")
                .query(Long.class).single();
    }

    private static String unique(String what) {
        return what + UUID.randomUUID().toString().substring(0, 8);
    }
}
