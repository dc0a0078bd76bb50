package com.followup.domain.item;

import com.followup.domain.followup.Channel;
import com.followup.domain.followup.CheckOff;
import com.followup.domain.followup.ContactKind;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.followup.InvalidCheckOffException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.item.ItemOutcome.Cancelled;
import com.followup.domain.item.ItemOutcome.Collected;
import com.followup.domain.item.ItemOutcome.Delivered;
import com.followup.domain.item.ItemOutcome.Eliminated;
import com.followup.domain.item.ItemOutcome.Postponed;
import com.followup.domain.item.ItemOutcome.Sold;
import com.followup.domain.item.ItemOutcome.WrittenOff;
import com.followup.domain.rule.Frequency;
import com.followup.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static com.followup.domain.item.ItemMother.MADRID;
import static com.followup.domain.item.ItemMother.MONDAY_10;
import static com.followup.domain.item.ItemMother.SELLER;
import static com.followup.domain.item.ItemMother.call;
import static com.followup.domain.item.ItemMother.callChoosingNext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemTest {

    private static final Frequency WEEKLY = new Frequency.EveryNWeeks(1, false);

    private static Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, MADRID).toInstant();
    }

    @Test
    void a_sales_item_starts_at_the_first_stage_with_its_first_contact_due_at_once() {
        Item item = ItemMother.prospect();

        assertThat(((ItemDetails.SalesDetails) item.details()).stage()).isEqualTo("First meeting");
        assertThat(item.nextDueAt()).isEqualTo(MONDAY_10.toInstant());
        assertThat(item.deadline()).isEqualTo(MONDAY_10.plusMonths(2));
        assertThat(item.ruleRevision()).isEqualTo(3L);
        assertThat(item.unsavedChanges()).extracting(ItemChange::kind).containsExactly(ItemChange.Kind.CREATED);
    }

    @Test
    void other_items_are_first_due_one_frequency_step_after_their_start() {
        assertThat(ItemMother.order().nextDueAt()).isEqualTo(at(4, 10, 0));
        assertThat(ItemMother.invoice().nextDueAt()).isEqualTo(at(9, 10, 0));
    }

    @Test
    void deadlines_taken_from_the_item_come_from_its_credit_days_due_date_or_promised_date() {
        assertThat(ItemMother.invoice().deadline()).isEqualTo(MONDAY_10.plusDays(30));
        assertThat(ItemMother.order().deadline()).isEqualTo(ZonedDateTime.of(2026, 3, 21, 0, 0, 0, 0, MADRID));
        var dueDateRule = ItemMother.rule(Area.ADMINISTRATION,
                new com.followup.domain.rule.TimeAllowed.FromItem(com.followup.domain.rule.ItemTerm.DUE_DATE),
                WEEKLY, List.of());
        Item byDueDate = ItemMother.open(dueDateRule,
                new ItemDetails.AdministrationDetails("F-2", null, LocalDate.of(2026, 4, 30), null, false, false));
        assertThat(byDueDate.deadline()).isEqualTo(ZonedDateTime.of(2026, 5, 1, 0, 0, 0, 0, MADRID));
    }

    @Test
    void a_deadline_is_read_as_the_last_day_that_still_counts_with_its_time_only_when_it_has_one() {
        var dueDateRule = ItemMother.rule(Area.ADMINISTRATION,
                new com.followup.domain.rule.TimeAllowed.FromItem(com.followup.domain.rule.ItemTerm.DUE_DATE),
                WEEKLY, List.of());
        Item dueOn15December = ItemMother.open(dueDateRule,
                new ItemDetails.AdministrationDetails("F-3", null, LocalDate.of(2026, 12, 15), null, false, false));
        assertThat(dueOn15December.deadlineLastDay()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(dueOn15December.deadlineTimeOfDay()).isNull();
        assertThat(ItemMother.order().deadlineLastDay()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(ItemMother.invoice().deadlineLastDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ItemMother.invoice().deadlineTimeOfDay()).isEqualTo(java.time.LocalTime.of(10, 0));
        Instant endOf22October = ZonedDateTime.of(2026, 10, 23, 0, 0, 0, 0, MADRID).toInstant();
        assertThat(ItemDeadline.lastDay(endOf22October, MADRID)).isEqualTo(LocalDate.of(2026, 10, 22));
    }

    @Test
    void an_invoice_already_past_due_when_opened_is_followed_up_at_once() {
        var dueDateRule = ItemMother.rule(Area.ADMINISTRATION,
                new com.followup.domain.rule.TimeAllowed.FromItem(com.followup.domain.rule.ItemTerm.DUE_DATE),
                WEEKLY, List.of());
        Item pastDue = ItemMother.open(dueDateRule,
                new ItemDetails.AdministrationDetails("F-4", null, LocalDate.of(2026, 2, 27), null, false, false));
        Item dueToday = ItemMother.open(dueDateRule,
                new ItemDetails.AdministrationDetails("F-5", null, LocalDate.of(2026, 3, 2), null, false, false));

        assertThat(pastDue.nextDueAt()).isEqualTo(MONDAY_10.toInstant());
        assertThat(dueToday.nextDueAt()).as("still current today: due a week later as usual").isEqualTo(at(9, 10, 0));
    }

    @Test
    void details_of_another_area_are_refused() {
        assertThatThrownBy(() -> ItemMother.open(ItemMother.salesRule(), ItemMother.orderDetails(null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void after_a_check_off_the_next_follow_up_is_due_by_the_frequency_from_when_it_was_done() {
        Item item = ItemMother.prospect();

        item.checkOff(call(at(2, 12, 0)), WEEKLY, at(2, 12, 30));

        assertThat(item.nextDueAt()).isEqualTo(at(9, 12, 0));
        assertThat(item.lastInteractionAt()).isEqualTo(at(2, 12, 0));
    }

    @Test
    void after_a_check_off_the_next_follow_up_is_due_when_the_person_chose() {
        Item item = ItemMother.prospect();

        item.checkOff(callChoosingNext(null, at(5, 9, 0)), WEEKLY, at(2, 12, 0));

        assertThat(item.nextDueAt()).isEqualTo(at(5, 9, 0));
    }

    @Test
    void a_chosen_next_date_must_fall_after_the_follow_up_and_by_the_deadline() {
        Item item = ItemMother.order();

        assertThatThrownBy(() -> item.checkOff(callChoosingNext(null, at(2, 11, 0)), WEEKLY, at(2, 12, 0)))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("nextDueAt", "item.checkOff.nextDueNotAfterDone")));
        assertThatThrownBy(() -> item.checkOff(callChoosingNext(null, at(22, 9, 0)), WEEKLY, at(2, 12, 0)))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("nextDueAt", "item.checkOff.nextDueAfterDeadline")));
    }

    @Test
    void with_a_day_based_rhythm_a_follow_up_done_by_the_end_of_its_due_day_is_on_time() {
        Item onTheDay = ItemMother.prospect();
        Item nextDay = ItemMother.prospect();

        assertThat(onTheDay.checkOff(call(at(2, 23, 30)), WEEKLY, at(2, 23, 45)).onTime()).isTrue();
        assertThat(nextDay.checkOff(call(at(3, 0, 10)), WEEKLY, at(3, 0, 15)).onTime()).isFalse();
    }

    @Test
    void with_an_hourly_rhythm_a_follow_up_is_on_time_only_by_its_due_moment() {
        Item early = ItemMother.open(ItemMother.hourlySalesRule(), ItemMother.salesDetails());
        Item late = ItemMother.open(ItemMother.hourlySalesRule(), ItemMother.salesDetails());
        Frequency every4Hours = new Frequency.EveryNHours(4, false);

        assertThat(early.checkOff(call(at(2, 10, 0)), every4Hours, at(2, 10, 5)).onTime()).isTrue();
        assertThat(late.checkOff(call(at(2, 10, 30)), every4Hours, at(2, 10, 35)).onTime()).isFalse();
        assertThat(late.nextDueAt()).isEqualTo(at(2, 14, 30));
    }

    @Test
    void a_follow_up_may_be_dated_back_48_hours_but_not_more_nor_into_the_future_nor_before_the_start() {
        Instant now = at(6, 12, 0);
        Item item = ItemMother.prospect();

        assertThatThrownBy(() -> item.checkOff(call(now.minus(Item.BACKDATE_WINDOW).minusSeconds(60)), WEEKLY, now))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("item.checkOff.backdatedTooFar"));
        assertThatThrownBy(() -> item.checkOff(call(now.plusSeconds(60)), WEEKLY, now))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("item.checkOff.doneInFuture"));
        assertThatThrownBy(() -> item.checkOff(call(at(2, 9, 0)), WEEKLY, at(2, 12, 0)))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("item.checkOff.beforeStart"));

        FollowUp done = item.checkOff(call(now.minus(Item.BACKDATE_WINDOW)), WEEKLY, now);
        assertThat(done.doneAt()).isEqualTo(at(4, 12, 0));
    }

    @Test
    void a_check_off_without_a_result_or_with_a_length_for_an_email_says_which_fields_are_wrong() {
        Item item = ItemMother.prospect();
        CheckOff wrong = new CheckOff(UUID.randomUUID(), SELLER, null, Channel.EMAIL, 10, "note", " ", null);

        assertThatThrownBy(() -> item.checkOff(wrong, WEEKLY, at(2, 12, 0)))
                .isInstanceOfSatisfying(InvalidCheckOffException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("result", "durationMinutes"));
        assertThat(item.followUpsDone()).isZero();
    }

    @Test
    void the_first_follow_up_of_a_sales_item_is_its_first_contact_and_the_rest_are_follow_ups() {
        Item prospect = ItemMother.prospect();
        Item order = ItemMother.order();

        assertThat(prospect.checkOff(call(at(2, 11, 0)), WEEKLY, at(2, 11, 0)).kind()).isEqualTo(ContactKind.FIRST_CONTACT);
        assertThat(prospect.checkOff(call(at(3, 11, 0)), WEEKLY, at(3, 11, 0)).kind()).isEqualTo(ContactKind.FOLLOW_UP);
        assertThat(order.checkOff(call(at(2, 11, 0)), WEEKLY, at(2, 11, 0)).kind()).isEqualTo(ContactKind.FOLLOW_UP);
    }

    static Stream<Arguments> outcomesOfEachArea() {
        Supplier<Item> prospect = ItemMother::prospect;
        Supplier<Item> order = ItemMother::order;
        Supplier<Item> invoice = ItemMother::invoice;
        return Stream.of(
                Arguments.of(prospect, new Sold()),
                Arguments.of(prospect, new Eliminated("no budget")),
                Arguments.of(order, new Delivered(true, true, null, true, null)),
                Arguments.of(order, new Cancelled("customer withdrew")),
                Arguments.of(invoice, new Collected(Money.of("1200", "EUR"), true)),
                Arguments.of(invoice, new WrittenOff("insolvent")));
    }

    @ParameterizedTest
    @MethodSource("outcomesOfEachArea")
    void an_item_closes_with_an_outcome_of_its_area_and_stops_being_due(Supplier<Item> items, ItemOutcome outcome) {
        Item item = items.get();

        item.close(outcome, SELLER, at(3, 9, 0));

        assertThat(item.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(item.outcome()).isEqualTo(outcome);
        assertThat(item.nextDueAt()).isNull();
        assertThat(item.isOverdue(at(30, 9, 0))).isFalse();
        assertThatThrownBy(() -> item.checkOff(call(null), WEEKLY, at(3, 10, 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("outcomesOfEachArea")
    void an_outcome_of_another_area_is_refused(Supplier<Item> items, ItemOutcome outcome) {
        Item other = outcome.area() == Area.SALES ? ItemMother.invoice() : ItemMother.prospect();

        assertThatThrownBy(() -> other.close(outcome, SELLER, at(3, 9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void a_postponed_prospect_waits_for_its_day_and_then_reopens() {
        Item item = ItemMother.prospect();

        item.close(new Postponed(LocalDate.of(2026, 4, 1)), SELLER, at(3, 9, 0));

        assertThat(item.status()).isEqualTo(ItemStatus.POSTPONED);
        assertThat(item.nextDueAt()).isEqualTo(ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, MADRID).toInstant());
        assertThat(item.reopenIfDue(ZonedDateTime.of(2026, 3, 31, 23, 59, 0, 0, MADRID).toInstant())).isFalse();
        assertThat(item.reopenIfDue(ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, MADRID).toInstant())).isTrue();
        assertThat(item.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(item.outcome()).isNull();
        assertThat(item.unsavedChanges()).extracting(ItemChange::kind)
                .containsExactly(ItemChange.Kind.CREATED, ItemChange.Kind.CLOSED, ItemChange.Kind.REOPENED);
    }

    @Test
    void a_prospect_cannot_be_postponed_to_today_or_earlier() {
        Item item = ItemMother.prospect();

        assertThatThrownBy(() -> item.close(new Postponed(LocalDate.of(2026, 3, 3)), SELLER, at(3, 9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static UserAccount person(long id, String username, Role role) {
        return UserAccount.restore(id, username, username, "hash", role, Set.of(Area.OPERATIONS), true, 0);
    }

    @Test
    void a_delivery_waits_for_the_advance_of_its_invoice() {
        Item invoice = ItemMother.saved(ItemMother.open(ItemMother.collectionsRule(),
                ItemMother.invoiceDetails(true, false)), 50L);
        Item order = ItemMother.saved(ItemMother.open(ItemMother.operationsRule(), ItemMother.orderDetails(50L)), 60L);
        UserAccount staff = person(7L, "ana", Role.STAFF);

        assertThatThrownBy(() -> order.deliver(new Delivered(true, true, null, true, null), invoice, staff, at(5, 9, 0)))
                .isInstanceOf(AdvanceNotReceivedException.class);
        assertThatThrownBy(() -> order.deliver(new Delivered(true, true, null, true, "ana"), invoice, staff, at(5, 9, 0)))
                .isInstanceOf(AdvanceNotReceivedException.class);
        assertThatThrownBy(() -> order.close(new Delivered(true, true, null, true, null), SELLER, at(5, 9, 0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void a_delivery_goes_out_once_the_advance_is_received() {
        Item invoice = ItemMother.saved(ItemMother.open(ItemMother.collectionsRule(),
                ItemMother.invoiceDetails(true, true)), 50L);
        Item order = ItemMother.saved(ItemMother.open(ItemMother.operationsRule(), ItemMother.orderDetails(50L)), 60L);

        order.deliver(new Delivered(true, true, null, true, null), invoice, person(7L, "ana", Role.STAFF), at(5, 9, 0));

        assertThat(order.status()).isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void a_manager_may_let_a_delivery_go_out_before_the_advance_and_is_named_for_it() {
        Item invoice = ItemMother.saved(ItemMother.open(ItemMother.collectionsRule(),
                ItemMother.invoiceDetails(true, false)), 50L);
        Item order = ItemMother.saved(ItemMother.open(ItemMother.operationsRule(), ItemMother.orderDetails(50L)), 60L);
        Delivered overridden = new Delivered(true, true, null, false, "marta");

        order.deliver(overridden, invoice, person(3L, "marta", Role.MANAGER), at(5, 9, 0));

        assertThat(order.outcome()).isEqualTo(overridden);
    }

    @Test
    void an_open_item_is_past_its_deadline_once_the_deadline_passes_without_an_outcome() {
        Item item = ItemMother.order();
        Instant afterDeadline = ZonedDateTime.of(2026, 3, 21, 0, 1, 0, 0, MADRID).toInstant();

        assertThat(item.isPastDeadline(at(20, 23, 59))).isFalse();
        assertThat(item.isPastDeadline(afterDeadline)).isTrue();
        item.close(new Cancelled("lost"), SELLER, afterDeadline);
        assertThat(item.isPastDeadline(afterDeadline)).isFalse();
    }

    @Test
    void an_item_not_followed_up_on_time_is_overdue_by_how_long_it_waited() {
        Item item = ItemMother.order();

        assertThat(item.isOverdue(at(4, 10, 0))).isFalse();
        assertThat(item.isOverdue(at(4, 13, 0))).isTrue();
        assertThat(item.howLate(at(4, 13, 0))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void a_prospect_moves_only_to_a_stage_of_its_rule_and_orders_have_no_stages() {
        Item prospect = ItemMother.prospect();
        List<String> stages = ItemMother.salesRule().stages();

        prospect.moveToStage("Proposal", stages, SELLER, at(3, 9, 0));

        assertThat(((ItemDetails.SalesDetails) prospect.details()).stage()).isEqualTo("Proposal");
        assertThat(prospect.unsavedChanges()).last().extracting(ItemChange::details).isEqualTo(List.of("First meeting", "Proposal"));
        assertThatThrownBy(() -> prospect.moveToStage("Won", stages, SELLER, at(3, 9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemMother.order().moveToStage("Proposal", stages, SELLER, at(3, 9, 0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reassigning_changes_the_owner_and_leaves_a_trace() {
        Item item = ItemMother.prospect();

        item.reassign(9L, 3L, at(3, 9, 0));

        assertThat(item.ownerId()).isEqualTo(9L);
        assertThat(item.unsavedChanges()).last().isEqualTo(new ItemChange(ItemChange.Kind.REASSIGNED, 3L, at(3, 9, 0), List.of("7", "9")));
    }

    @Test
    void a_weekly_follow_up_keeps_its_madrid_time_of_day_across_the_change_to_summer_time() {
        Item item = ItemMother.prospect();
        item.checkOff(call(at(2, 11, 0)), WEEKLY, at(2, 11, 0));
        Instant saturdayBeforeChange = at(28, 10, 0);

        Item late = ItemMother.saved(item, 1L);
        late.checkOff(call(saturdayBeforeChange), WEEKLY, saturdayBeforeChange);

        assertThat(late.nextDueAt()).isEqualTo(ZonedDateTime.of(2026, 4, 4, 10, 0, 0, 0, MADRID).toInstant());
    }

    @Test
    void a_postponed_item_cannot_be_checked_off_until_it_reopens() {
        Item item = ItemMother.prospect();
        item.close(new Postponed(LocalDate.of(2026, 4, 1)), SELLER, at(3, 9, 0));

        assertThatThrownBy(() -> item.checkOff(call(null), WEEKLY, at(3, 10, 0)))
                .isInstanceOf(IllegalStateException.class);
    }
}
