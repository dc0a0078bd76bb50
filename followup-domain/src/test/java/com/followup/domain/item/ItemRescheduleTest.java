package com.followup.domain.item;

import com.followup.domain.Violation;
import com.followup.domain.followup.FollowUp;
import com.followup.domain.rule.Frequency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static com.followup.domain.item.ItemMother.MADRID;
import static com.followup.domain.item.ItemMother.SELLER;
import static com.followup.domain.item.ItemMother.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemRescheduleTest {

    private static final Frequency WEEKLY = new Frequency.EveryNWeeks(1, false);

    private static Instant at(int day, int hour) {
        return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, MADRID).toInstant();
    }

    @Test
    void a_follow_up_not_yet_due_moves_to_the_chosen_day_at_the_items_time_and_is_on_time_when_done_then() {
        Item order = ItemMother.order();   // due Wednesday 4 March at 10:00
        order.reschedule(LocalDate.of(2026, 3, 6), "Customer away until Friday", SELLER, at(3, 9));

        assertThat(order.nextDueAt()).isEqualTo(at(6, 10));
        assertThat(order.countedDueAt()).isNull();
        FollowUp done = order.checkOff(call(at(6, 11)), new Frequency.EveryNDays(2, true), at(6, 11));
        assertThat(done.dueAt()).isEqualTo(at(6, 10));
        assertThat(done.onTime()).isTrue();
    }

    @Test
    void an_overdue_follow_up_rescheduled_stays_late_in_the_numbers() {
        Item prospect = ItemMother.prospect();   // first contact due Monday 2 March at 10:00
        prospect.reschedule(LocalDate.of(2026, 3, 5), "Asked to call on Thursday", SELLER, at(3, 12));

        assertThat(prospect.nextDueAt()).isEqualTo(at(5, 10));
        assertThat(prospect.isOverdue(at(4, 12))).as("the work list shows the new day").isFalse();
        FollowUp done = prospect.checkOff(call(at(5, 10)), WEEKLY, at(5, 10));
        assertThat(done.dueAt()).as("counted against the moment it fell due").isEqualTo(at(2, 10));
        assertThat(done.onTime()).isFalse();
        assertThat(prospect.countedDueAt()).as("the next follow-up starts afresh").isNull();
    }

    @Test
    void rescheduling_twice_keeps_the_first_moment_missed() {
        Item prospect = ItemMother.prospect();
        prospect.reschedule(LocalDate.of(2026, 3, 4), "Not reachable", SELLER, at(3, 12));
        prospect.reschedule(LocalDate.of(2026, 3, 9), "Still away", SELLER, at(4, 8));

        assertThat(prospect.countedDueAt()).isEqualTo(at(2, 10));
    }

    @Test
    void the_timeline_keeps_the_day_it_was_due_the_new_day_and_the_reason() {
        Item order = ItemMother.order();
        order.reschedule(LocalDate.of(2026, 3, 6), "  Customer away  ", SELLER, at(3, 9));

        ItemChange change = order.unsavedChanges().get(order.unsavedChanges().size() - 1);
        assertThat(change.kind()).isEqualTo(ItemChange.Kind.RESCHEDULED);
        assertThat(change.who()).isEqualTo(SELLER);
        assertThat(change.details()).containsExactly("2026-03-04", "2026-03-06", "Customer away");
    }

    @Test
    void a_day_not_after_today_beyond_the_deadline_or_without_a_reason_is_refused_and_changes_nothing() {
        Item order = ItemMother.order();   // promised for 20 March
        Instant now = at(3, 9);

        assertThat(order.rescheduleViolations(LocalDate.of(2026, 3, 3), "x", now))
                .containsExactly(new Violation("day", "item.reschedule.dayNotAfterToday"));
        assertThat(order.rescheduleViolations(LocalDate.of(2026, 3, 25), "x", now))
                .containsExactly(new Violation("day", "item.reschedule.dayAfterDeadline"));
        assertThat(order.rescheduleViolations(null, " ", now)).extracting(Violation::field).containsExactly("day", "reason");
        assertThat(order.rescheduleViolations(LocalDate.of(2026, 3, 5), "a\u0007b", now)).extracting(Violation::field)
                .containsExactly("reason");
        assertThatThrownBy(() -> order.reschedule(LocalDate.of(2026, 3, 3), "x", SELLER, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.nextDueAt()).isEqualTo(at(4, 10));
    }

    @Test
    void a_closed_item_is_not_rescheduled() {
        Item order = ItemMother.order();
        order.close(new ItemOutcome.Cancelled("No longer needed"), SELLER, at(3, 9));

        assertThat(order.rescheduleViolations(LocalDate.of(2026, 3, 5), "x", at(3, 9)))
                .extracting(Violation::messageKey).containsExactly("item.reschedule.notOpen");
    }
}
