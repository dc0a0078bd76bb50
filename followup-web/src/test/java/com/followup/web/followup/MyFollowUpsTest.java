package com.followup.web.followup;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import com.followup.web.support.SqlStatements;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class MyFollowUpsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    RuleMother mother;

    @Autowired
    FollowUps followUps;

    @Autowired
    com.followup.domain.item.Items items;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_person_sees_their_overdue_follow_ups_with_how_late_and_nobody_elses() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item mine = mother.prospect(staff.id(), Duration.ofDays(3).plusHours(1));
        Item theirs = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));

        Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))).andExpect(status().isOk()));
        assertThat(page.text("#nav-due-counts .badge-overdue .visually-hidden")).isEqualTo("1 overdue");
        assertThat(page.text("#group-OVERDUE")).startsWith("Overdue");
        assertThat(page.text(row(mine) + " > div:first-child > a")).isEqualTo(mine.title());
        assertThat(page.text(row(mine) + " > div + div")).startsWith("3 days late");
        assertThat(page.select("ul.due-overdue > " + row(mine))).as("the overdue colour comes from its list").hasSize(1);
        assertThat(page.everything()).doesNotContain(theirs.title());
    }

    @Test
    void nothing_due_says_so() throws Exception {
        Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(people.staff(Area.SALES))).header("Accept-Language", "es")));
        assertThat(page.text("#my-follow-ups .empty-state")).startsWith("Nada que seguir.");
    }

    @Test
    void checking_off_inline_answers_with_the_row_marked_done_and_the_counts_out_of_band() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));

        Page answer = Page.of(mvc.perform(checkOff(staff, item, UUID.randomUUID(), "Interested, call back next week").header("HX-Request", "true"))
                .andExpect(status().isOk())
                // the row's buttons carry no hx-target: the answer names the row it replaces
                .andExpect(header().string("HX-Retarget", "#item-" + item.id())));
        assertThat(answer.isWholePage()).isFalse();
        assertThat(answer.select("#my-follow-ups")).isEmpty();
        assertThat(answer.attr("li" + row(item), "class")).isEqualTo("card due-row due-done");
        assertThat(answer.text(row(item) + " a")).isEqualTo(item.title());
        assertThat(answer.text(row(item))).contains("next follow-up");
        assertThat(answer.text("#mine-status")).isEqualTo("Recorded: " + item.title() + ". The next follow-up is scheduled.");
        assertThat(answer.attr("#nav-due-counts", "hx-swap-oob")).isEqualTo("true");
        assertThat(answer.attr("span#count-OVERDUE", "hx-swap-oob")).isEqualTo("true");
        assertThat(answer.text("#count-OVERDUE")).isEqualTo("0");

        assertThat(followUps.findByItem(item.id())).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo("Interested, call back next week"));
    }

    @Test
    void a_check_offs_counts_are_the_pages_counts_element_for_element_in_either_language() throws Exception {
        for (String language : List.of("en", "es")) {
            UserAccount staff = people.staff(Area.SALES);
            Item done = mother.prospect(staff.id(), Duration.ofDays(3));
            mother.prospect(staff.id(), Duration.ofDays(4));
            mother.prospect(staff.id(), Duration.ofDays(5));

            Page answer = Page.of(mvc.perform(checkOff(staff, done, UUID.randomUUID(), "Interested")
                    .header("HX-Request", "true").header("Accept-Language", language)).andExpect(status().isOk()));
            Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff)).header("Accept-Language", language)));

            // out of band in the answer, in place on the page: otherwise the same elements, classes and words
            assertThat(withoutOutOfBand(answer.one("#nav-due-counts"))).isEqualTo(spaced(page.one("#nav-due-counts")));
            assertThat(page.text("#nav-due-counts .badge-overdue .visually-hidden"))
                    .isEqualTo(language.equals("en") ? "2 overdue" : "2 atrasados");
            List<String> groupsShown = page.select("h2 > span.badge").eachAttr("id");
            assertThat(groupsShown).contains("count-OVERDUE").hasSizeGreaterThan(1);
            for (String count : groupsShown) {
                assertThat(withoutOutOfBand(answer.one("#" + count))).as(count).isEqualTo(spaced(page.one("#" + count)));
            }
            assertThat(answer.select("span[id^=count-][hx-swap-oob=true]")).hasSize(4);
            assertThat(answer.attr(row(done) + " a", "href")).isEqualTo("/items/" + done.id());
            assertThat(answer.text(row(done) + " .badge-done")).isEqualTo(language.equals("en") ? "Done" : "Hecho");
        }
    }

    private static String withoutOutOfBand(Element element) {
        Element copy = element.clone();
        assertThat(copy.attr("hx-swap-oob")).isEqualTo("true");
        return spaced(copy.removeAttr("hx-swap-oob"));
    }

    /** As a browser reads it: a run of spaces and line breaks between elements is one space. */
    private static String spaced(Element element) {
        Document alone = Document.createShell("");
        alone.outputSettings().prettyPrint(false);
        alone.body().appendChild(element.clone());
        return alone.body().html().replaceAll("\\s+", " ");
    }

    @Test
    void each_group_shows_its_first_ten_and_links_to_the_rest() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        List<Item> overdue = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            overdue.add(mother.prospect(staff.id(), Duration.ofDays(20 - i)));
        }

        Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))));
        assertThat(page.text("span#count-OVERDUE")).isEqualTo("12");
        assertThat(page.one("#count-OVERDUE").hasAttr("hx-swap-oob")).isFalse();
        assertThat(page.texts("#my-follow-ups li > div:first-child > a")).contains(overdue.get(0).title(), overdue.get(9).title());
        assertThat(page.texts("*")).doesNotContain(overdue.get(10).title());
        assertThat(page.attr("#my-follow-ups p a", "href")).isEqualTo("/items?owner=" + staff.id() + "&sort=NEXT_DUE");
        assertThat(page.text("#my-follow-ups p a")).isEqualTo("2 more: see them all in the list");
    }

    @Test
    void a_check_off_submitted_twice_is_recorded_once() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        UUID requestId = UUID.randomUUID();

        mvc.perform(checkOff(staff, item, requestId, "Called").header("HX-Request", "true")).andExpect(status().isOk());
        mvc.perform(checkOff(staff, item, requestId, "Called").header("HX-Request", "true")).andExpect(status().isOk());

        assertThat(followUps.findByItem(item.id())).hasSize(1);
    }

    @Test
    void a_missing_result_is_shown_in_the_row_and_nothing_is_recorded() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));

        Page answer = Page.of(mvc.perform(checkOff(staff, item, UUID.randomUUID(), " ").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#my-follow-ups")));
        assertThat(answer.select("#my-follow-ups")).hasSize(1);
        assertThat(answer.error("result-" + item.id())).isEqualTo("Write what came of it: the result is what the next person reads.");
        assertThat(answer.select(row(item) + " details[open] #result-" + item.id())).hasSize(1);

        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void a_channel_that_is_not_one_of_ours_is_a_changed_form_and_nothing_is_recorded() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));

        for (boolean htmx : new boolean[] {false, true}) {
            var request = post("/my-follow-ups/{id}", item.id()).with(as(staff)).with(csrf())
                    .param("requestId", UUID.randomUUID().toString()).param("channel", "PIGEON")
                    .param("version", String.valueOf(item.version())).param("result", "Talked");
            Page answer = Page.of(mvc.perform(htmx ? request.header("HX-Request", "true") : request)
                    .andExpect(status().isOk()));
            assertThat(answer.text("#my-follow-ups [role=alert]")).startsWith("This form came back changed");
        }

        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void a_rows_form_comes_when_it_is_opened_and_only_for_someone_who_may_check_it_off() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));

        Page page = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))));
        // Check off is the link after the quick button: without JavaScript the item's page, with it (work-list.js) the
        // row's form from /my-follow-ups/{id}/form, under the quick form's address
        assertThat(page.text(row(item) + " > button + a")).isEqualTo("Check off");
        assertThat(page.attr(row(item) + " > button + a", "href")).isEqualTo("/items/" + item.id());
        assertThat(page.text(row(item) + " > a:last-child")).isEqualTo("Reschedule");
        assertThat(page.attr("form#quick", "action")).isEqualTo("/my-follow-ups");
        // "Done, next as usual" sends that one form, naming its row: no row carries an address of its own
        assertThat(page.attr(row(item) + " > button", "value")).isEqualTo(item.id() + ":" + item.version());
        assertThat(page.attr(row(item) + " > button", "form")).isEqualTo("quick");
        assertThat(page.select(row(item) + " [formaction]")).isEmpty();
        assertThat(page.select(row(item) + " [hx-get], " + row(item) + " [hx-post]")).isEmpty();
        assertThat(page.select("#result-" + item.id())).isEmpty();
        Page form = Page.of(mvc.perform(get("/my-follow-ups/{id}/form", item.id()).with(as(staff)).header("HX-Request", "true")));
        assertThat(form.isWholePage()).isFalse();
        assertThat(form.select("#result-" + item.id())).hasSize(1);
        assertThat(form.value("version")).isEqualTo("0");
        mvc.perform(get("/my-follow-ups/{id}/form", item.id()).with(as(people.staff(Area.SALES))))
                .andExpect(status().isForbidden());
    }

    @Test
    void nobody_checks_off_someone_elses_item() throws Exception {
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(2));

        mvc.perform(checkOff(people.staff(Area.SALES), item, UUID.randomUUID(), "Sneaky"))
                .andExpect(status().isForbidden());
        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void done_next_as_usual_records_in_one_click_with_the_last_channel_and_the_rules_next_date() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        mvc.perform(post("/my-follow-ups/{id}", item.id()).with(as(staff)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("channel", "EMAIL")
                .param("result", "Sent the prices")).andExpect(status().isOk());
        Item checked = items.findById(item.id()).orElseThrow();

        mvc.perform(quick(staff, checked).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#item-" + item.id()));

        assertThat(followUps.findByItem(item.id())).last().satisfies(f -> {
            assertThat(f.result()).isEqualTo("Hecho como siempre.");
            assertThat(f.channel()).isEqualTo(com.followup.domain.followup.Channel.EMAIL);
        });
        assertThat(items.findById(item.id()).orElseThrow().nextDueAt()).isAfter(checked.nextDueAt());
    }

    @Test
    void done_next_as_usual_clicked_twice_is_recorded_once_with_or_without_htmx() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));

        mvc.perform(quick(staff, item)).andExpect(status().isOk());
        Page again = Page.of(mvc.perform(post("/my-follow-ups").with(as(staff)).with(csrf())
                .param("item", item.id() + ":" + item.version())).andExpect(status().isOk()));

        assertThat(followUps.findByItem(item.id())).hasSize(1);
        assertThat(again.isWholePage()).isTrue();
        assertThat(again.text("#mine-status")).startsWith("Recorded.");
    }

    @Test
    void done_next_as_usual_on_a_row_drawn_before_someone_else_changed_the_item_says_so_in_that_row() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        changedBySomeoneElse(item, staff);

        Page answer = Page.of(mvc.perform(quick(staff, item))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Retarget", "#my-follow-ups")));
        assertThat(answer.text(row(item) + " [role=alert]")).startsWith("Someone else changed this item a moment ago.");
        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void done_next_as_usual_for_a_row_that_cannot_be_read_or_is_someone_elses_records_nothing() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item theirs = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(2));

        for (String sent : new String[] {"", "12", "abc:1", theirs.id() + ":x", theirs.id() + ":1:2"}) {
            mvc.perform(post("/my-follow-ups").with(as(staff)).with(csrf()).param("item", sent))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/my-follow-ups").with(as(staff)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(quick(staff, theirs)).andExpect(status().isForbidden());
        assertThat(followUps.findByItem(theirs.id())).isEmpty();
    }

    @Test
    void a_row_shown_before_someone_else_changed_the_item_says_so_and_keeps_what_was_typed() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        changedBySomeoneElse(item, staff);

        Page answer = Page.of(mvc.perform(checkOff(staff, item, UUID.randomUUID(), "Typed before the change").param("version", "0")
                .header("HX-Request", "true")));
        assertThat(answer.text(row(item) + " [role=alert]")).startsWith("Someone else changed this item a moment ago.");
        assertThat(answer.attr("#result-" + item.id(), "value")).isEqualTo("Typed before the change");
        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void a_one_click_check_off_issues_as_many_statements_for_an_item_with_a_long_history_as_for_a_new_one() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item fresh = mother.prospect(staff.id(), Duration.ofDays(2));
        Item worked = mother.prospect(staff.id(), Duration.ofDays(3));
        for (int i = 0; i < 20; i++) {
            mvc.perform(quick(staff, items.findById(worked.id()).orElseThrow())).andExpect(status().isOk());
        }

        SqlStatements.reset();
        Page freshDone = Page.of(mvc.perform(quick(staff, fresh)).andExpect(status().isOk()));
        long forFresh = SqlStatements.count();
        SqlStatements.reset();
        Page workedDone = Page.of(mvc.perform(quick(staff, items.findById(worked.id()).orElseThrow())).andExpect(status().isOk()));

        assertThat(freshDone.select(row(fresh) + ".due-done")).hasSize(1);
        assertThat(workedDone.select(row(worked) + ".due-done")).hasSize(1);

        assertThat(SqlStatements.count()).isEqualTo(forFresh).isLessThanOrEqualTo(10);
        assertThat(followUps.findByItem(worked.id())).hasSize(21);
        // the row's version is the item's: nothing recorded it yet, so the request is not looked up (a click twice is)
        assertThat(SqlStatements.sent()).noneMatch(sql -> sql.contains("from follow_up where request_id"));
    }

    @Test
    void a_list_seen_again_is_not_read_again_and_shows_at_once_what_was_changed_elsewhere() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        mvc.perform(get("/my-follow-ups").with(as(staff))).andExpect(status().isOk());

        SqlStatements.reset();
        Page again = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))).andExpect(status().isOk()));

        assertThat(again.text(row(item) + " > div:first-child > a")).isEqualTo(item.title());
        assertThat(again.text("#nav-due-counts .badge-overdue .visually-hidden")).isEqualTo("1 overdue");
        assertThat(SqlStatements.sent()).as("one number read instead of the list and the counts")
                .anyMatch(sql -> sql.contains("from due_work_version"))
                .noneMatch(sql -> sql.contains("from item") || sql.contains("from notification"));

        // written straight to the database, as another instance, a colleague or the same person's phone would
        jdbc.sql("update item set title = 'Renamed elsewhere', version = version + 1 where id = ?")
                .param(item.id()).update();
        jdbc.sql("insert into notification (user_id, kind, dedup_key, created_at) values (?, 'TEST', ?, now())")
                .params(staff.id(), "kept-list-" + staff.id()).update();
        Page changed = Page.of(mvc.perform(get("/my-follow-ups").with(as(staff))).andExpect(status().isOk()));

        assertThat(changed.text(row(item) + " > div:first-child > a")).isEqualTo("Renamed elsewhere");
        assertThat(changed.everything()).contains("1 unread");
    }

    private static String row(Item item) {
        return "#item-" + item.id();
    }

    /** "Done, next as usual" as a row sends it: the one shared form, with the row's "id:version". */
    private MockHttpServletRequestBuilder quick(UserAccount person, Item item) {
        return post("/my-follow-ups").with(as(person)).with(csrf()).header("HX-Request", "true")
                .param("item", item.id() + ":" + item.version());
    }

    private MockHttpServletRequestBuilder checkOff(UserAccount person, Item item, UUID requestId, String result) {
        return post("/my-follow-ups/{id}", item.id()).with(as(person)).with(csrf())
                .param("requestId", requestId.toString()).param("channel", "CALL")
                .param("durationMinutes", "4").param("result", result).param("note", "");
    }

    /** The item moved on after its row was drawn, as a colleague's change would move it. */
    private void changedBySomeoneElse(Item item, UserAccount by) {
        Item changed = items.findById(item.id()).orElseThrow();
        changed.moveToStage("Proposal", java.util.List.of("First meeting", "Proposal"), by.id(), java.time.Instant.now());
        items.save(changed);
    }
}
