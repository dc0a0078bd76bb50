package com.followup.domain.item;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

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
}
