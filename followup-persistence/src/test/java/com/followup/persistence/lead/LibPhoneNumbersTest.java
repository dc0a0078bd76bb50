package com.followup.persistence.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibPhoneNumbersTest {

    private final LibPhoneNumbers mexico = new LibPhoneNumbers("MX");

    @Test
    void a_number_typed_any_way_becomes_one_international_number() {
        assertThat(mexico.international("55 1234 5678")).contains("+525512345678");
        assertThat(mexico.international("(55) 1234-5678")).contains("+525512345678");
        assertThat(mexico.international("+52 55 1234 5678")).contains("+525512345678");
        assertThat(mexico.international("+34 612 34 56 78")).contains("+34612345678");
    }

    @Test
    void what_is_not_a_phone_number_is_said_so() {
        assertThat(mexico.international("12")).isEmpty();
        assertThat(mexico.international("call me")).isEmpty();
        assertThat(mexico.international("")).isEmpty();
    }
}
