package com.followup.domain.lead;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The same person typed twice: the email whatever its case, the phone however it was written. */
class LeadMatchingTest {

    /** Stands in for libphonenumber: Mexico City numbers with or without the country code and punctuation. */
    private static final PhoneNumbers MEXICO = typed -> {
        String digits = typed.replaceAll("[^0-9]", "");
        if (digits.length() == 10) {
            return Optional.of("+52" + digits);
        }
        return digits.length() == 12 && digits.startsWith("52") ? Optional.of("+" + digits) : Optional.empty();
    };

    @Test
    void emails_are_compared_in_lower_case_without_the_spaces_around_them() {
        ContactKeys first = ContactKeys.of(" Lucia.Perez@Example.COM ", null, MEXICO);

        assertThat(first.email()).isEqualTo("lucia.perez@example.com");
        assertThat(first.matches(ContactKeys.of("lucia.perez@example.com", null, MEXICO))).isTrue();
        assertThat(first.matches(ContactKeys.of("lucia.perez@example.org", null, MEXICO))).isFalse();
    }

    @Test
    void phones_are_compared_as_international_numbers() {
        ContactKeys national = ContactKeys.of(null, "(55) 1234-5678", MEXICO);

        assertThat(national.phone()).isEqualTo("+525512345678");
        assertThat(national.matches(ContactKeys.of("other@example.com", "+52 55 1234 5678", MEXICO))).isTrue();
    }

    @Test
    void missing_keys_match_nothing_not_even_another_missing_one() {
        ContactKeys none = ContactKeys.of(" ", "not a phone", MEXICO);

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.matches(ContactKeys.of(null, null, MEXICO))).isFalse();
    }

    @Test
    void a_lead_needs_a_name_and_a_way_to_reach_the_person_each_checked_at_its_field() {
        LeadDraft nothing = new LeadDraft(" ", null, "", null, null, null, null, false);
        assertThat(nothing.validate(MEXICO)).extracting(v -> v.field() + ":" + v.messageKey())
                .containsExactly("name:field.required", "phone:lead.form.contactRequired", "sourceId:field.choose");

        LeadDraft wrong = new LeadDraft("Lucía", "lucia@", "12", null, "x".repeat(201), 1L, "a\u0000b", true);
        assertThat(wrong.validate(MEXICO)).extracting(v -> v.field() + ":" + v.messageKey())
                .containsExactly("email:lead.form.email", "phone:lead.form.phone", "company:field.tooLong",
                        "message:field.controlCharacters");

        assertThat(new LeadDraft("Lucía", null, "55 1234 5678", null, null, 1L, null, true).validate(MEXICO)).isEmpty();
    }
}
