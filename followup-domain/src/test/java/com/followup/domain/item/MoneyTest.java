package com.followup.domain.item;

import com.followup.domain.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency MXN = Currency.getInstance("MXN");

    @Test
    void money_takes_the_scale_of_its_currency_so_equal_amounts_are_equal() {
        assertThat(Money.of("1200", "EUR")).isEqualTo(new Money(new BigDecimal("1200.00"), Currency.getInstance("EUR")));
        assertThat(Money.of("1200", "JPY").amount()).isEqualByComparingTo("1200");
    }

    @Test
    void money_is_never_negative_nor_finer_than_its_currency() {
        assertThatThrownBy(() -> Money.of("-1", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1.005", "EUR")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_typed_amount_is_read_with_its_thousands_separators_and_never_rounded() {
        List<Violation> violations = new ArrayList<>();

        assertThat(Money.parse("25,000.50", MXN, "amount", violations)).isEqualTo(Money.of("25000.50", "MXN"));
        assertThat(Money.parse("1.005", MXN, "amount", violations)).isNull();
        assertThat(Money.parse("1.500", MXN, "amount", violations)).isEqualTo(Money.of("1.50", "MXN"));

        assertThat(violations).containsExactly(new Violation("amount", "amount.decimals", List.of(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e20", "1E+20", "1e400", "NaN", "-1", "12 pesos", "0x10", ""})
    void what_is_not_a_plain_amount_is_a_message_not_a_failure(String typed) {
        List<Violation> violations = new ArrayList<>();

        assertThat(Money.parse(typed, MXN, "amount", violations)).isNull();

        assertThat(violations).singleElement().extracting(Violation::messageKey)
                .isIn("amount.format", "amount.required");
    }

    @Test
    void an_amount_beyond_what_anyone_types_here_is_refused_before_it_reaches_a_column() {
        List<Violation> violations = new ArrayList<>();

        assertThat(Money.parse("1,000,000,000,000", MXN, "amount", violations)).isNull();
        assertThat(Money.parse("999,999,999,999.99", MXN, "amount", violations)).isNotNull();

        assertThat(violations).extracting(Violation::messageKey).containsExactly("amount.tooLarge");
    }
}
