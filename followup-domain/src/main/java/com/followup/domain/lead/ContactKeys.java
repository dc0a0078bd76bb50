package com.followup.domain.lead;

import java.util.Locale;

/**
 * What two leads (or a lead and a prospect) are compared by to tell they are the same person: the email in lower
 * case, the phone as an international number. Either may be missing; nothing matches a missing key.
 */
public record ContactKeys(String email, String phone) {

    public ContactKeys {
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        phone = phone == null || phone.isBlank() ? null : phone;
    }

    /** The keys of what a person typed, the phone read by {@code phones}. */
    public static ContactKeys of(String email, String typedPhone, PhoneNumbers phones) {
        String phone = typedPhone == null || typedPhone.isBlank() ? null : phones.international(typedPhone).orElse(null);
        return new ContactKeys(email, phone);
    }

    public boolean isEmpty() {
        return email == null && phone == null;
    }

    public boolean matches(ContactKeys other) {
        return email != null && email.equals(other.email) || phone != null && phone.equals(other.phone);
    }
}
