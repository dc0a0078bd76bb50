package com.followup.domain.item;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CounterpartTest {

    @Test
    void a_phone_dials_as_its_digits_after_a_leading_plus() {
        assertThat(new Counterpart("Aceros", null, null, "+34 600 12-34 (56)").phoneToDial()).isEqualTo("+34600123456");
        assertThat(new Counterpart("Aceros", null, null, "91 555 01 02").phoneToDial()).isEqualTo("915550102");
        assertThat(Counterpart.named("Aceros").phoneToDial()).isNull();
    }

    @Test
    void what_was_typed_is_kept_tidy_and_an_email_must_look_like_one() {
        assertThat(new Counterpart(" Aceros ", " ", null, null)).isEqualTo(Counterpart.named("Aceros"));
        assertThat(Counterpart.validate("Aceros", null, "not an email", null)).extracting("field").containsExactly("email");
    }
}
