package com.followup.domain.item;

import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the timeline says when an item ends, the advance payment, and collecting in the invoice's currency. */
class ItemClosingTest {

    static final Instant LATER = ItemMother.MONDAY_10.plusDays(1).toInstant();

    @Test
    void the_timeline_names_the_outcome_and_what_it_says() {
        assertThat(new ItemOutcome.Sold().describe()).containsExactly("SOLD");
        assertThat(new ItemOutcome.Postponed(LocalDate.of(2026, 4, 1)).describe()).containsExactly("POSTPONED", "2026-04-01");
        assertThat(new ItemOutcome.Eliminated("No budget").describe()).containsExactly("ELIMINATED", "No budget");
        assertThat(new ItemOutcome.Delivered(true, false, null, true, "marco").describe())
                .containsExactly("DELIVERED", "COMPLETE INCORRECT ON_TIME OVERRIDDEN_BY marco");
        assertThat(new ItemOutcome.Collected(Money.of("400.5", "EUR"), false).describe())
                .containsExactly("COLLECTED", "400.50 EUR IN_PART");
    }

    @Test
    void closing_records_the_description_on_the_timeline() {
        Item prospect = ItemMother.prospect();

        prospect.close(new ItemOutcome.Eliminated("Went elsewhere"), ItemMother.SELLER, LATER);

        assertThat(prospect.unsavedChanges()).last()
                .satisfies(change -> assertThat(change.details()).containsExactly("ELIMINATED", "Went elsewhere"));
    }

    @Test
    void an_invoice_collects_only_in_its_own_currency() {
        Item invoice = ItemMother.invoice();

        assertThatThrownBy(() -> invoice.close(new ItemOutcome.Collected(Money.of("100", "USD"), false), 1L, LATER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
        invoice.close(new ItemOutcome.Collected(Money.of("1200", "EUR"), false), 1L, LATER);
        assertThat(invoice.status()).isEqualTo(ItemStatus.CLOSED);
    }

    @Test
    void an_invoice_collected_in_part_stays_open_with_its_balance_and_each_collection_on_its_history() {
        Item invoice = ItemMother.invoice();
        Instant due = invoice.nextDueAt();

        invoice.close(new ItemOutcome.Collected(Money.of("400.50", "EUR"), false), 1L, LATER);

        assertThat(invoice.status()).isEqualTo(ItemStatus.OPEN);
        assertThat(invoice.outcome()).isNull();
        assertThat(invoice.nextDueAt()).isEqualTo(due);
        assertThat(invoice.balance()).isEqualTo(Money.of("799.50", "EUR"));
        assertThat(invoice.unsavedChanges()).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ItemChange.Kind.COLLECTED_IN_PART);
            assertThat(change.details()).containsExactly("400.50", "EUR", "799.50");
        });

        invoice.close(new ItemOutcome.Collected(Money.of("300", "EUR"), false), 1L, LATER.plusSeconds(60));
        assertThat(invoice.balance()).isEqualTo(Money.of("499.50", "EUR"));
        assertThatThrownBy(() -> invoice.close(new ItemOutcome.Collected(Money.of("500", "EUR"), true), 1L, LATER))
                .isInstanceOf(IllegalArgumentException.class);

        invoice.close(new ItemOutcome.Collected(Money.of("499.50", "EUR"), false), 1L, LATER.plusSeconds(120));
        assertThat(invoice.status()).isEqualTo(ItemStatus.CLOSED);
        assertThat(invoice.outcome()).isEqualTo(new ItemOutcome.Collected(Money.of("499.50", "EUR"), true));
        assertThat(invoice.unsavedChanges()).extracting(ItemChange::kind).containsSubsequence(
                ItemChange.Kind.COLLECTED_IN_PART, ItemChange.Kind.COLLECTED_IN_PART, ItemChange.Kind.CLOSED);
    }

    @Test
    void the_advance_is_recorded_once_and_only_where_one_is_required() {
        Item needsAdvance = ItemMother.open(ItemMother.collectionsRule(), ItemMother.invoiceDetails(true, false));

        needsAdvance.recordAdvanceReceived(5L, LATER);
        needsAdvance.recordAdvanceReceived(5L, LATER);

        assertThat(((ItemDetails.AdministrationDetails) needsAdvance.details()).advanceReceived()).isTrue();
        assertThat(needsAdvance.unsavedChanges()).filteredOn(c -> c.kind() == ItemChange.Kind.ADVANCE_RECEIVED).hasSize(1);
        assertThatThrownBy(() -> ItemMother.invoice().recordAdvanceReceived(5L, LATER))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ItemMother.prospect().recordAdvanceReceived(5L, LATER))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void once_the_advance_is_in_the_linked_delivery_goes_out_without_an_override() {
        Item invoice = ItemMother.saved(ItemMother.open(ItemMother.collectionsRule(), ItemMother.invoiceDetails(true, false)), 40L);
        Item delivery = ItemMother.open(ItemMother.operationsRule(), ItemMother.orderDetails(40L));
        ItemOutcome.Delivered plain = new ItemOutcome.Delivered(true, true, null, true, null);
        UserAccount clerk = UserAccount.restore(8L, "omar", "Omar", "x", Role.STAFF, Set.of(Area.OPERATIONS), true, 0);

        assertThat(AdvancePaymentCheck.allowsDelivery(delivery, invoice, plain, clerk)).isFalse();
        invoice.recordAdvanceReceived(9L, LATER);
        assertThat(AdvancePaymentCheck.allowsDelivery(delivery, invoice, plain, clerk)).isTrue();
    }
}
