package com.followup.web.item;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.followup.FollowUps;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Items;
import com.followup.domain.item.Money;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.Page;
import com.followup.web.support.People;
import com.followup.web.support.RuleMother;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.followup.web.support.People.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@FollowupWebTest
class ItemPageTest {

    @Autowired MockMvc mvc;
    @Autowired People people;
    @Autowired RuleMother mother;
    @Autowired Items items;
    @Autowired FollowUps followUps;
    @Autowired Clock clock;

    @Test
    void the_owner_sees_everything_about_the_item_and_its_timeline() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(2));
        mvc.perform(checkOff(staff, item, "Sent the catalogue")).andExpect(status().is3xxRedirection());

        Page page = Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(staff))).andExpect(status().isOk()));
        assertThat(page.text("h1")).isEqualTo(item.title());
        assertThat(page.texts(".item-facts dd")).anySatisfy(fact -> assertThat(fact).startsWith("ACME"));
        assertThat(page.text("#timeline-heading")).isEqualTo("Timeline");
        assertThat(results(page)).containsExactly("Sent the catalogue");
        assertThat(page.texts(".timeline-line .badge")).contains("first contact");
        assertThat(changes(page)).contains("Opened: " + item.title());
        assertThat(page.text("#check-off-heading")).isEqualTo("Record a follow-up");
        assertThat(page.select("#item-check-off form[action=/items/" + item.id() + "/follow-ups]")).hasSize(1);
        assertThat(page.texts("h2")).contains("Record the outcome");
        assertThat(page.select("form[action=/items/" + item.id() + "/outcome]")).hasSize(1);
    }

    @Test
    void a_card_with_nothing_for_this_person_is_not_drawn_and_the_contact_comes_before_the_forms() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        Item order = mother.delivery(staff.id(), null);

        Page page = Page.of(mvc.perform(get("/items/{id}", order.id()).with(as(staff))).andExpect(status().isOk()));

        assertThat(page.texts("main h2")).doesNotContain("Stage and owner").contains("Record a follow-up");
        assertThat(page.select(".order-first")).isEmpty();
    }

    @Test
    void a_deadline_shows_the_last_day_that_still_counts_on_the_item_and_in_the_list() throws Exception {
        UserAccount staff = people.staff(Area.OPERATIONS);
        Item order = mother.delivery(staff.id(), null);
        String promised = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.now(clock).plusDays(5));

        Page page = Page.of(mvc.perform(get("/items/{id}", order.id()).with(as(staff))).andExpect(status().isOk()));
        assertThat(page.texts(".item-facts dd")).contains(promised);
        Page list = Page.of(mvc.perform(get("/items").param("area", "OPERATIONS").with(as(staff))).andExpect(status().isOk()));
        assertThat(list.select("#item-results li").stream().filter(row -> row.text().contains(order.title())))
                .singleElement().satisfies(row -> assertThat(row.text()).contains("deadline " + promised));
    }

    @Test
    void colleagues_of_the_area_read_the_item_but_cannot_work_it_and_other_areas_do_not_find_it() throws Exception {
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));
        UserAccount colleague = people.staff(Area.SALES);

        Page page = Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(colleague))).andExpect(status().isOk()));
        assertThat(page.text("h1")).isEqualTo(item.title());
        assertThat(page.everything()).doesNotContain("Record a follow-up");
        assertThat(page.select("form[action^=/items/" + item.id() + "/]")).isEmpty();
        mvc.perform(checkOff(colleague, item, "Sneaky")).andExpect(status().isForbidden());
        mvc.perform(get("/items/{id}", item.id()).with(as(people.staff(Area.OPERATIONS)))).andExpect(status().isNotFound());
        mvc.perform(get("/items/{id}", item.id()).with(as(people.manager(Area.OPERATIONS)))).andExpect(status().isNotFound());
        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void a_manager_of_the_area_checks_off_anyones_item() throws Exception {
        Item item = mother.prospect(people.staff(Area.SALES).id(), Duration.ofDays(1));

        mvc.perform(checkOff(people.manager(Area.SALES), item, "Covered for Sofía"))
                .andExpect(redirectedUrl("/items/" + item.id()));

        assertThat(followUps.findByItem(item.id())).singleElement()
                .satisfies(f -> assertThat(f.result()).isEqualTo("Covered for Sofía"));
    }

    @Test
    void a_check_off_on_an_item_someone_just_changed_is_refused_with_what_was_typed_kept() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));
        mvc.perform(checkOff(people.manager(Area.SALES), item, "Manager called")).andExpect(status().is3xxRedirection());

        Page page = Page.of(mvc.perform(checkOff(staff, item, "My stale call")).andExpect(status().isOk()));
        assertThat(page.text("#item-check-off [role=alert]")).startsWith("Someone else changed this item a moment ago.");
        assertThat(page.attr("#result-" + item.id(), "value")).isEqualTo("My stale call");

        assertThat(followUps.findByItem(item.id())).extracting(f -> f.result()).containsExactly("Manager called");
    }

    @Test
    void the_person_picks_the_next_date_instead_of_the_rules_default() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));
        LocalDate chosen = LocalDate.now(clock).plusDays(3);

        mvc.perform(checkOff(staff, item, "Call me Thursday").param("nextDueOn", chosen.toString()))
                .andExpect(status().is3xxRedirection());

        Item after = items.findById(item.id()).orElseThrow();
        assertThat(after.nextDueAt().atZone(after.zone()).toLocalDate()).isEqualTo(chosen);
    }

    @Test
    void a_next_date_past_the_deadline_is_refused_next_to_the_field() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        Page page = Page.of(mvc.perform(checkOff(staff, item, "Later").param("nextDueOn", LocalDate.now(clock).plusYears(1).toString()))
                .andExpect(status().isOk()));
        assertThat(page.error("next-" + item.id())).isEqualTo("Pick a next date before the item's deadline.");
        assertThat(followUps.findByItem(item.id())).isEmpty();
    }

    @Test
    void sold_closes_the_item_and_ends_its_follow_ups() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        mvc.perform(outcome(staff, item).param("outcome", "SOLD"))
                .andExpect(redirectedUrl("/items/" + item.id())).andExpect(flash().attribute("notice", "item.closed"));

        Item after = items.findById(item.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(after.nextDueAt()).isNull();
        Page page = Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(staff))));
        assertThat(changes(page)).contains("Outcome: Sold");
        assertThat(page.text(".item-facts")).contains("Outcome Sold");
        assertThat(page.everything()).doesNotContain("Record a follow-up");
        assertThat(page.select("form[action=/items/" + item.id() + "/follow-ups]")).isEmpty();
    }

    @Test
    void postponed_needs_a_day_after_today_and_then_waits_for_it() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        Page refused = Page.of(mvc.perform(outcome(staff, item).param("outcome", "POSTPONED").param("until", LocalDate.now(clock).toString()))
                .andExpect(status().isOk()));
        assertThat(refused.error("until")).isEqualTo("Choose a day after today.");
        assertThat(items.findById(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);

        LocalDate until = LocalDate.now(clock).plusDays(10);
        mvc.perform(outcome(staff, item).param("outcome", "POSTPONED").param("until", until.toString()))
                .andExpect(status().is3xxRedirection());
        Item after = items.findById(item.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ItemStatus.POSTPONED);
        assertThat(after.nextDueAt().atZone(after.zone()).toLocalDate()).isEqualTo(until);
    }

    @Test
    void eliminated_without_a_reason_is_refused_in_spanish_too() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        Page page = Page.of(mvc.perform(outcome(staff, item).param("outcome", "ELIMINATED").param("reason", " ").header("Accept-Language", "es"))
                .andExpect(status().isOk()));
        assertThat(page.error("reason")).isEqualTo("Di por qué.");
        assertThat(items.findById(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void collected_cannot_exceed_the_balance_and_a_partial_collection_keeps_the_invoice_open_until_the_rest_comes() throws Exception {
        UserAccount staff = people.staff(Area.ADMINISTRATION);
        Item invoice = mother.invoice(staff.id(), false);

        assertThat(Page.of(mvc.perform(outcome(staff, invoice).param("outcome", "COLLECTED").param("collectedAmount", "1500")))
                .error("collectedAmount")).isEqualTo("That is more than the invoice still owes: 1000.00 MXN.");
        assertThat(Page.of(mvc.perform(outcome(staff, invoice).param("outcome", "COLLECTED").param("collectedAmount", "12.345")))
                .error("collectedAmount")).startsWith("Enter a number with at most 2 decimals");
        mvc.perform(outcome(staff, invoice).param("outcome", "COLLECTED").param("collectedAmount", "400.50")
                        .param("inFull", "false"))
                .andExpect(status().is3xxRedirection());

        Item partly = items.findById(invoice.id()).orElseThrow();
        assertThat(partly.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(partly.balance()).isEqualTo(Money.of("599.50", "MXN"));
        assertThat(Page.of(mvc.perform(get("/items/{id}", invoice.id()).with(as(staff)))).text())
                .contains("Collected in part: 400.50 MXN");

        mvc.perform(outcome(staff, partly).param("outcome", "COLLECTED").param("collectedAmount", "599.50")
                        .param("inFull", "true"))
                .andExpect(status().is3xxRedirection());
        Item paid = items.findById(invoice.id()).orElseThrow();
        assertThat(paid.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(paid.outcome()).isEqualTo(new ItemOutcome.Collected(Money.of("599.50", "MXN"), true));
    }

    @Test
    void a_delivery_waits_for_the_advance_unless_a_manager_overrides_and_the_override_is_recorded() throws Exception {
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item invoice = mother.invoice(people.staff(Area.ADMINISTRATION).id(), true);
        Item delivery = mother.delivery(clerk.id(), invoice.id());

        Page refused = Page.of(mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED").param("deliveredOn", yesterday())).andExpect(status().isOk()));
        assertThat(refused.error("overrideAdvance")).endsWith("has not arrived. A manager of Operations can let it go out.");
        assertThat(items.findById(delivery.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);

        UserAccount manager = people.manager(Area.OPERATIONS);
        assertThat(Page.of(mvc.perform(outcome(manager, delivery).param("outcome", "DELIVERED").param("deliveredOn", yesterday()))).error("overrideAdvance"))
                .contains("tick the box to deliver anyway");
        mvc.perform(outcome(manager, delivery).param("outcome", "DELIVERED").param("deliveredOn", yesterday())
                        .param("overrideAdvance", "true"))
                .andExpect(status().is3xxRedirection());

        ItemOutcome.Delivered delivered = (ItemOutcome.Delivered) items.findById(delivery.id()).orElseThrow().outcome();
        assertThat(delivered.overriddenBy()).isEqualTo(manager.username());
    }

    @Test
    void once_the_advance_is_recorded_staff_deliver_without_an_override() throws Exception {
        UserAccount clerk = people.staff(Area.OPERATIONS);
        UserAccount collector = people.staff(Area.ADMINISTRATION);
        Item invoice = mother.invoice(collector.id(), true);
        Item delivery = mother.delivery(clerk.id(), invoice.id());

        mvc.perform(post("/items/{id}/advance-received", invoice.id()).with(as(collector)).with(csrf())
                        .param("version", String.valueOf(invoice.version())))
                .andExpect(flash().attribute("notice", "item.advanceRecorded"));
        mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED").param("complete", "true")
                        .param("correct", "true").param("deliveredOn", yesterday()))
                .andExpect(status().is3xxRedirection());

        Item after = items.findById(delivery.id()).orElseThrow();
        assertThat(after.outcome()).isEqualTo(new ItemOutcome.Delivered(true, true, LocalDate.parse(yesterday()), true, null));
        assertThat(((ItemDetails.AdministrationDetails) items.findById(invoice.id()).orElseThrow().details())
                .advanceReceived()).isTrue();
        assertThat(items.timeline(invoice.id())).extracting(c -> c.kind().name()).contains("ADVANCE_RECEIVED");
    }

    @Test
    void stage_moves_and_reassignments_are_on_the_timeline_and_only_managers_reassign() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        UserAccount other = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        mvc.perform(post("/items/{id}/stage", item.id()).with(as(staff)).with(csrf())
                        .param("version", "0").param("stage", "Proposal"))
                .andExpect(flash().attribute("notice", "item.stageMoved"));
        mvc.perform(post("/items/{id}/owner", item.id()).with(as(staff)).with(csrf())
                        .param("version", "1").param("ownerId", String.valueOf(other.id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/items/{id}/owner", item.id()).with(as(people.manager(Area.SALES))).with(csrf())
                        .param("version", "1").param("ownerId", String.valueOf(other.id())))
                .andExpect(flash().attribute("notice", "item.reassigned"));

        assertThat(items.findById(item.id()).orElseThrow().ownerId()).isEqualTo(other.id());
        assertThat(changes(Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(other))))))
                .contains("Stage moved: First meeting -> Proposal",
                        "Reassigned from " + staff.displayName() + " to " + other.displayName());
    }

    @Test
    void a_stale_stage_move_is_refused_and_says_why() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));

        mvc.perform(post("/items/{id}/stage", item.id()).with(as(staff)).with(csrf())
                        .param("version", "7").param("stage", "Proposal"))
                .andExpect(flash().attribute("problem", "item.changed"));
        assertThat(((ItemDetails.SalesDetails) items.findById(item.id()).orElseThrow().details()).stage())
                .isEqualTo("First meeting");
    }

    @Test
    void a_follow_up_is_backdated_within_the_window_only() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(4));
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock.withZone(item.zone()));

        Page refused = Page.of(mvc.perform(checkOff(staff, item, "Called on Monday").param("doneAt", now.minusDays(3).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()))
                .andExpect(status().isOk()));
        assertThat(refused.error("done-" + item.id())).isEqualTo("A follow-up can be dated at most 48 hours back.");
        assertThat(refused.attr("#result-" + item.id(), "value")).isEqualTo("Called on Monday");
        mvc.perform(checkOff(staff, item, "Called yesterday").param("doneAt", now.minusDays(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(followUps.findByItem(item.id())).singleElement().satisfies(f -> {
            assertThat(f.result()).isEqualTo("Called yesterday");
            assertThat(f.doneAt()).isBefore(clock.instant().minus(Duration.ofHours(23)));
        });
    }

    @Test
    void a_correction_keeps_what_the_follow_up_said_before_and_only_its_author_or_a_manager_corrects() throws Exception {
        UserAccount staff = people.staff(Area.SALES);
        Item item = mother.prospect(staff.id(), Duration.ofDays(1));
        mvc.perform(checkOff(staff, item, "Left a message")).andExpect(status().is3xxRedirection());
        UUID requestId = followUps.findByItem(item.id()).get(0).requestId();

        mvc.perform(correction(people.staff(Area.SALES), item, requestId, 1, "Spoke to the buyer"))
                .andExpect(status().isForbidden());
        mvc.perform(correction(staff, item, requestId, 1, " "))
                .andExpect(flash().attribute("problem", "item.correction.resultRequired"));
        mvc.perform(correction(staff, item, requestId, 1, "Spoke to the buyer"))
                .andExpect(flash().attribute("notice", "item.corrected"));
        mvc.perform(correction(staff, item, requestId, 1, "Stale edit"))
                .andExpect(flash().attribute("problem", "item.changed"));

        assertThat(followUps.findByItem(item.id())).singleElement().satisfies(f -> {
            assertThat(f.result()).isEqualTo("Spoke to the buyer");
            assertThat(f.revision()).isEqualTo(2);
        });
        Page page = Page.of(mvc.perform(get("/items/{id}", item.id()).with(as(staff))));
        assertThat(results(page)).containsExactly("Spoke to the buyer");
        assertThat(page.texts(".timeline-line .badge")).contains("corrected");
        assertThat(changes(page)).contains("Follow-up corrected; its result said before: Left a message");
    }

    /** What each follow-up on the timeline says came of it, in page order. */
    private static List<String> results(Page page) {
        return page.texts(".timeline-line > div > div:not(.small)");
    }

    /** Each line of the timeline that is not a follow-up: opened, moved, reassigned, corrected, closed. */
    private static List<String> changes(Page page) {
        return page.texts(".timeline-line > div:not(.small):not(:has(div)) > span");
    }

    private MockHttpServletRequestBuilder correction(UserAccount person, Item item, UUID requestId, int revision,
                                                     String result) {
        return post("/items/{id}/follow-ups/{r}/correction", item.id(), requestId).with(as(person)).with(csrf())
                .param("revision", String.valueOf(revision)).param("result", result).param("note", "");
    }

    private MockHttpServletRequestBuilder checkOff(UserAccount person, Item item, String result) {
        return post("/items/{id}/follow-ups", item.id()).with(as(person)).with(csrf())
                .param("requestId", UUID.randomUUID().toString()).param("version", String.valueOf(item.version()))
                .param("channel", "EMAIL").param("result", result);
    }

    @Test
    void a_delivery_form_ticks_nothing_asks_the_day_and_the_app_decides_on_time_from_the_promised_date() throws Exception {
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item delivery = mother.delivery(clerk.id(), null);

        Page form = Page.of(mvc.perform(get("/items/{id}", delivery.id()).with(as(clerk))).andExpect(status().isOk()));
        assertThat(form.select("input[name=complete][type=checkbox]").attr("checked")).isEmpty();
        assertThat(form.select("input[name=correct][type=checkbox]").attr("checked")).isEmpty();
        assertThat(form.select("input[name=onTime]")).isEmpty();
        assertThat(form.select("input[name=deliveredOn][type=date]")).hasSize(1);

        Page missing = Page.of(mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED").param("complete", "true"))
                .andExpect(status().isOk()));
        assertThat(missing.error("deliveredOn")).isEqualTo("Enter the day it was delivered.");
        assertThat(missing.select("input[name=complete]").attr("checked")).isNotEmpty();
        Page future = Page.of(mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED")
                .param("deliveredOn", LocalDate.now(clock).plusDays(3).toString())).andExpect(status().isOk()));
        assertThat(future.error("deliveredOn")).isEqualTo("The delivery day cannot be in the future.");
        assertThat(items.findById(delivery.id()).orElseThrow().status()).isEqualTo(ItemStatus.OPEN);

        mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED").param("correct", "true")
                        .param("deliveredOn", yesterday()).param("onTime", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.findById(delivery.id()).orElseThrow().outcome())
                .isEqualTo(new ItemOutcome.Delivered(false, true, LocalDate.parse(yesterday()), true, null));
    }

    @Test
    void a_delivery_after_the_promised_date_is_late_whatever_the_person_would_tick() throws Exception {
        UserAccount clerk = people.staff(Area.OPERATIONS);
        Item delivery = mother.delivery(clerk.id(), null, LocalDate.now(clock).minusDays(10));

        mvc.perform(outcome(clerk, delivery).param("outcome", "DELIVERED").param("complete", "true")
                        .param("correct", "true").param("deliveredOn", yesterday()).param("onTime", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(((ItemOutcome.Delivered) items.findById(delivery.id()).orElseThrow().outcome()).onTime()).isFalse();
    }

    /** A day that is past in the company's zone whatever the hour in UTC. */
    private String yesterday() {
        return LocalDate.now(clock).minusDays(1).toString();
    }

    private MockHttpServletRequestBuilder outcome(UserAccount person, Item item) {
        return post("/items/{id}/outcome", item.id()).with(as(person)).with(csrf())
                .param("version", String.valueOf(items.findById(item.id()).orElseThrow().version()));
    }
}
