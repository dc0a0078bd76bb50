package com.followup.web.lead;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadEvent;
import com.followup.domain.lead.Leads;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class LeadBoardPagesTest {

    /** A count as the page writes it in English, thousands grouped ("1,061": the whole suite's leads share the database). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired LeadMother mother;
    @Autowired Leads leads;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void a_sales_manager_sees_a_late_lead_on_the_board_and_gives_it_to_someone_else_in_one_click() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        Lead lead = late(mother.lead(mother.source(seller.id(), List.of())));

        Page board = Page.of(mvc.perform(get("/leads/board").with(as(manager))).andExpect(status().isOk()));

        Element sellerRow = board.select("#board-owners tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(seller.displayName())).findFirst().orElseThrow();
        assertThat(sellerRow.select("td a").eachText()).containsExactly("1", "1", "1", "1");
        assertThat(board.text("#board-lead-" + lead.id() + " .lead-countdown")).endsWith("late");
        assertThat(board.attr("#board-panels", "hx-trigger")).isEqualTo("every 10s");
        assertThat(board.select("#owner-" + lead.id() + " option[value=" + seller.id() + "]")).isEmpty();

        mvc.perform(post("/leads/board/{id}/owner", lead.id()).with(csrf()).with(as(manager))
                        .param("version", String.valueOf(lead.version())).param("ownerId", String.valueOf(other.id())))
                .andExpect(redirectedUrl("/leads/board"));

        assertThat(leads.findById(lead.id()).orElseThrow().ownerId()).isEqualTo(other.id());
        assertThat(leads.history(lead.id())).extracting(LeadEvent::kind).contains(LeadEvent.Kind.REASSIGNED);
    }

    @Test
    void a_stale_reassign_from_the_board_changes_nothing_and_says_so() throws Exception {
        UserAccount manager = people.manager(Area.SALES);
        UserAccount seller = people.staff(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));

        mvc.perform(post("/leads/board/{id}/owner", lead.id()).with(csrf()).with(as(manager))
                        .param("version", String.valueOf(lead.version() + 5))
                        .param("ownerId", String.valueOf(people.staff(Area.SALES).id())))
                .andExpect(redirectedUrl("/leads/board"));

        assertThat(leads.findById(lead.id()).orElseThrow().ownerId()).isEqualTo(seller.id());
    }

    @Test
    void marketing_reads_the_board_without_reassigning_and_a_seller_has_no_board() throws Exception {
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        UserAccount seller = people.staff(Area.SALES);
        Lead lead = mother.lead(mother.source(seller.id(), List.of()));
        // the board lists the most urgent open leads first; other classes' leads share this database
        jdbc.sql("update lead set respond_by = now() - interval '400 days' where id = ?").param(lead.id()).update();

        Page board = Page.of(mvc.perform(get("/leads/board").with(as(marketing))).andExpect(status().isOk()));

        assertThat(board.select("#board-lead-" + lead.id())).hasSize(1);
        assertThat(board.select(".board-reassign")).isEmpty();
        mvc.perform(post("/leads/board/{id}/owner", lead.id()).with(csrf()).with(as(marketing))
                        .param("version", "0").param("ownerId", String.valueOf(seller.id())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/leads/board").with(as(seller))).andExpect(status().isForbidden());
        mvc.perform(get("/leads/dashboard").with(as(seller))).andExpect(status().isForbidden());
    }

    @Test
    void every_figure_of_the_lead_dashboard_and_the_board_opens_a_list_of_exactly_that_many() throws Exception {
        UserAccount director = people.director();
        UserAccount seller = people.staff(Area.SALES);
        long source = mother.source(seller.id(), List.of());
        Lead answered = mother.lead(source);
        jdbc.sql("update lead set status = 'CONNECTED', first_touch_at = arrived_at, connected_at = arrived_at where id = ?")
                .param(answered.id()).update();
        jdbc.sql("insert into lead_meeting (lead_id, request_id, meeting_at, with_whom, status, booked_by, booked_at)"
                + " values (?, ?, now(), 'Lucía', 'BOOKED', ?, now())").params(answered.id(), UUID.randomUUID(), seller.id()).update();
        Lead disqualified = mother.lead(source);
        jdbc.sql("update lead set status = 'DISQUALIFIED', disqualify_reason = 'NO_BUDGET', first_touch_at = respond_by + interval '1 minute'"
                + " where id = ?").param(disqualified.id()).update();
        late(mother.lead(source));
        LocalDate today = LocalDate.now(clock);

        // the figures count every lead of the test database, and a lead of another test may pass its deadline
        // between a figure and its list: what was read in one moment is read again, up to three times
        List<String> disagreeing = List.of("not read yet");
        for (int reading = 0; reading < 3 && !disagreeing.isEmpty(); reading++) {
            disagreeing = figuresDisagreeingWithTheirLists(director, today);
        }
        assertThat(disagreeing).isEmpty();
        assertThat(dashboard(director, today).text("#lead-funnel")).contains("Meeting booked").contains("no budget");
    }

    private List<String> figuresDisagreeingWithTheirLists(UserAccount director, LocalDate today) throws Exception {
        List<Element> figures = new java.util.ArrayList<>(dashboard(director, today).select("a.lead-figure"));
        figures.addAll(Page.of(mvc.perform(get("/leads/board").with(as(director))).andExpect(status().isOk()))
                .select("a.lead-figure"));
        assertThat(figures).hasSizeGreaterThan(40);
        List<String> disagreeing = new java.util.ArrayList<>();
        for (Element figure : figures) {
            Matcher number = NUMBER.matcher(figure.text());
            assertThat(number.find()).as(figure.text()).isTrue();
            Page list = Page.of(mvc.perform(get(figure.attr("href")).with(as(director))).andExpect(status().isOk()));
            Matcher total = NUMBER.matcher(list.text("#counted-total"));
            long listed = total.find() ? count(total.group()) : 0;
            if (listed != count(number.group())) {
                disagreeing.add(figure.attr("href") + ": " + number.group() + " shown, " + listed + " listed");
            }
        }
        return disagreeing;
    }

    private Page dashboard(UserAccount director, LocalDate today) throws Exception {
        return Page.of(mvc.perform(get("/leads/dashboard").with(as(director))
                .param("period", "RANGE").param("from", today.minusDays(1).toString()).param("to", today.toString()))
                .andExpect(status().isOk()));
    }

    @Test
    void the_lead_dashboard_tables_download_as_csv_in_the_reader_s_language() throws Exception {
        UserAccount marketing = people.create(Role.MARKETING, Set.of());
        mother.lead(mother.source(people.staff(Area.SALES).id(), List.of()));

        for (String table : List.of("owners", "sources", "weeks", "funnel", "dropoffs", "outcomes")) {
            mvc.perform(get("/leads/dashboard/{table}.csv", table).with(as(marketing)))
                    .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"));
        }
        String spanish = mvc.perform(get("/leads/dashboard/outcomes.csv").with(as(marketing)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(spanish).contains("Fuente").contains("Descartado").contains("Ganado");
        mvc.perform(get("/leads/dashboard/nothing.csv").with(as(marketing))).andExpect(status().isNotFound());
    }

    /** Due a quarter of an hour ago, or at midnight when the day is younger than that: missed today either way. */
    private Lead late(Lead lead) {
        Instant now = clock.instant();
        Instant midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        Instant due = now.minus(Duration.ofMinutes(15)).isBefore(midnight) ? midnight : now.minus(Duration.ofMinutes(15));
        jdbc.sql("update lead set arrived_at = ?, halfway_at = ?, respond_by = ? where id = ?")
                .params(Timestamp.from(due.minus(Duration.ofMinutes(5))), Timestamp.from(due.minus(Duration.ofMinutes(2))),
                        Timestamp.from(due), lead.id())
                .update();
        return leads.findById(lead.id()).orElseThrow();
    }

    private static long count(String written) {
        return Long.parseLong(written.replace(",", ""));
    }
}
