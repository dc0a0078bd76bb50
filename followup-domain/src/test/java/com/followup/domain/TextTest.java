package com.followup.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {

    @Test
    void a_nul_or_another_control_character_is_refused_in_any_text() {
        List<Violation> violations = new ArrayList<>();

        Text.required("ACME\u0000", "name", 200, violations);
        Text.lines("Called\u001b[2J", "note", 2000, false, violations);

        assertThat(violations).extracting(Violation::messageKey).containsExactly("field.oneLine", "field.controlCharacters");
    }

    @Test
    void new_lines_are_kept_only_where_a_text_may_span_lines() {
        List<Violation> violations = new ArrayList<>();

        Text.lines("Called.\r\nWill send the offer.", "note", 2000, false, violations);
        Text.optional("Grupo\nAlameda", "contactName", 120, violations);

        assertThat(violations).containsExactly(new Violation("contactName", "field.oneLine"));
    }

    @Test
    void a_text_longer_than_its_field_says_how_long_it_may_be() {
        List<Violation> violations = new ArrayList<>();

        Text.lines("x".repeat(100_000), "note", 2000, false, violations);
        Text.required("   ", "title", 200, violations);
        Text.optional(null, "phone", 40, violations);

        assertThat(violations).containsExactly(new Violation("note", "field.tooLong", List.of(2000)),
                new Violation("title", "field.required"));
    }

    @Test
    void a_constructor_given_unchecked_text_refuses_it() {
        assertThat(Text.requireValid("  Racks ", "title", 200, false)).isEqualTo("Racks");
        assertThatThrownBy(() -> Text.requireValid("Racks\u0000", "title", 200, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
