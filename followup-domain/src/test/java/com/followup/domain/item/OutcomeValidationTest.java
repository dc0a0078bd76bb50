package com.followup.domain.item;

import com.followup.domain.Violation;
import com.followup.domain.rule.Outcome;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An ending as typed is checked whole before anything changes, the way a rule is. */
class OutcomeValidationTest {

    static final LocalDate TODAY = ItemMother.MONDAY_10.toLocalDate();

    @Test
    void an_outcome_of_another_area_or_none_is_refused() {
        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", ""), ItemMother.prospect(), TODAY))
                .containsExactly(new Violation("outcome", "item.outcome.choose"));
        assertThat(ItemOutcome.validate(draft(null, null, "", ""), ItemMother.prospect(), TODAY))
                .containsExactly(new Violation("outcome", "item.outcome.choose"));
    }

    @Test
    void a_reason_is_required_one_of_a_readable_length_and_without_control_characters() {
        Item prospect = ItemMother.prospect();

        assertThat(ItemOutcome.validate(draft(Outcome.ELIMINATED, null, " ", ""), prospect, TODAY))
                .extracting(Violation::messageKey).containsExactly("item.outcome.reasonRequired");
        assertThat(ItemOutcome.validate(draft(Outcome.ELIMINATED, null, "x".repeat(100_000), ""), prospect, TODAY))
                .containsExactly(new Violation("reason", "field.tooLong", List.of(ItemOutcome.MAX_REASON)));
        assertThat(ItemOutcome.validate(draft(Outcome.ELIMINATED, null, "No\u0000budget", ""), prospect, TODAY))
                .extracting(Violation::messageKey).containsExactly("field.controlCharacters");
        assertThat(ItemOutcome.of(draft(Outcome.ELIMINATED, null, "No budget.\nTry in spring.", ""), prospect))
                .isEqualTo(new ItemOutcome.Eliminated("No budget.\nTry in spring."));
    }

    @Test
    void a_postponement_is_to_a_day_after_today() {
        assertThat(ItemOutcome.validate(draft(Outcome.POSTPONED, TODAY, "", ""), ItemMother.prospect(), TODAY))
                .containsExactly(new Violation("until", "item.outcome.untilAfterToday"));
        assertThat(ItemOutcome.validate(draft(Outcome.POSTPONED, TODAY.plusDays(1), "", ""), ItemMother.prospect(), TODAY))
                .isEmpty();
    }

    @Test
    void a_collection_is_read_in_the_invoices_currency_never_rounded_and_never_above_the_invoice() {
        Item invoice = ItemMother.invoice();

        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", "1.005"), invoice, TODAY))
                .extracting(Violation::messageKey).containsExactly("amount.decimals");
        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", "1e20"), invoice, TODAY))
                .extracting(Violation::messageKey).containsExactly("amount.format");
        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", "0"), invoice, TODAY))
                .extracting(Violation::messageKey).containsExactly("item.outcome.amountPositive");
        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", invoice.amount().amount().add(BigDecimal.ONE).toPlainString()), invoice, TODAY))
                .extracting(Violation::messageKey).containsExactly("item.outcome.amountAboveInvoice");
    }

    @Test
    void after_a_collection_in_part_only_the_balance_can_be_collected_and_in_full_is_the_whole_balance() {
        Item invoice = ItemMother.invoice();
        invoice.close(new ItemOutcome.Collected(Money.of("1000", "EUR"), false), 1L, ItemMother.MONDAY_10.plusHours(1).toInstant());

        assertThat(ItemOutcome.validate(draft(Outcome.COLLECTED, null, "", "300"), invoice, TODAY))
                .containsExactly(new Violation("collectedAmount", "item.outcome.amountAboveInvoice", List.of("200.00", "EUR")));
        assertThat(ItemOutcome.validate(new OutcomeDraft(Outcome.COLLECTED, null, "", true, true, null, "100", true), invoice, TODAY))
                .containsExactly(new Violation("collectedAmount", "item.outcome.inFullIsTheBalance", List.of("200.00", "EUR")));
        assertThat(ItemOutcome.validate(new OutcomeDraft(Outcome.COLLECTED, null, "", true, true, null, "200", true), invoice, TODAY))
                .isEmpty();
    }

    @Test
    void a_delivery_says_the_day_it_went_out_which_cannot_be_in_the_future() {
        Item order = ItemMother.order();

        assertThat(ItemOutcome.validate(delivery(true, true, null), order, TODAY))
                .containsExactly(new Violation("deliveredOn", "item.outcome.deliveredOnRequired"));
        assertThat(ItemOutcome.validate(delivery(true, true, TODAY.plusDays(1)), order, TODAY))
                .containsExactly(new Violation("deliveredOn", "item.outcome.deliveredOnFuture"));
        assertThat(ItemOutcome.validate(delivery(false, false, TODAY), order, TODAY)).isEmpty();
    }

    /**
     * Worked by hand: the order was promised for Wednesday 4 March 2026. Delivered Monday 2 March or on Wednesday 4
     * itself is on time; Thursday 5 March is one day late. What the person ticks is what the app keeps for complete and
     * correct, nothing else.
     */
    @Test
    void the_app_decides_on_time_from_the_delivery_day_and_the_promised_date() {
        LocalDate promised = LocalDate.of(2026, 3, 4);
        Item order = ItemMother.open(ItemMother.operationsRule(), new ItemDetails.OperationsDetails(promised, null, null));

        assertThat(ItemOutcome.of(delivery(true, true, LocalDate.of(2026, 3, 2)), order))
                .isEqualTo(new ItemOutcome.Delivered(true, true, LocalDate.of(2026, 3, 2), true, null));
        assertThat(ItemOutcome.of(delivery(true, false, promised), order))
                .isEqualTo(new ItemOutcome.Delivered(true, false, promised, true, null));
        assertThat(ItemOutcome.of(delivery(false, true, LocalDate.of(2026, 3, 5)), order))
                .isEqualTo(new ItemOutcome.Delivered(false, true, LocalDate.of(2026, 3, 5), false, null));
        assertThat(((ItemOutcome.Delivered) ItemOutcome.of(delivery(true, true, promised), order)).inFull()).isTrue();
        assertThat(((ItemOutcome.Delivered) ItemOutcome.of(delivery(false, true, promised), order)).inFull()).isFalse();
    }

    private static OutcomeDraft delivery(boolean complete, boolean correct, LocalDate deliveredOn) {
        return new OutcomeDraft(Outcome.DELIVERED, null, "", complete, correct, deliveredOn, "", false);
    }

    private static OutcomeDraft draft(Outcome outcome, LocalDate until, String reason, String collected) {
        return new OutcomeDraft(outcome, until, reason, true, true, null, collected, false);
    }
}
