package com.followup.domain.item;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Who is on the other side of an item: a customer, prospect or supplier, and optionally a person there. */
public record Counterpart(String name, String contactName, String email, String phone) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT_NAME = 120;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Counterpart {
        if (!validate(name, contactName, email, phone).isEmpty()) {
            throw new IllegalArgumentException("invalid counterpart: " + validate(name, contactName, email, phone));
        }
        name = name.strip();
        contactName = tidy(contactName);
        email = tidy(email);
        phone = tidy(phone);
    }

    /** Everything wrong with a counterpart as typed, each with its field. */
    public static List<Violation> validate(String name, String contactName, String email, String phone) {
        List<Violation> violations = new ArrayList<>();
        Text.required(name, "name", MAX_NAME, violations);
        Text.optional(contactName, "contactName", MAX_CONTACT_NAME, violations);
        Text.optional(phone, "phone", MAX_PHONE, violations);
        int before = violations.size();
        Text.optional(email, "email", MAX_EMAIL, violations);
        if (violations.size() == before && email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            violations.add(new Violation("email", "item.form.email"));
        }
        return violations;
    }

    /** The phone as a {@code tel:} link dials it: its digits, after a leading "+" when it has one. */
    public String phoneToDial() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.startsWith("+") ? "+" + digits : digits;
    }

    public static Counterpart named(String name) {
        return new Counterpart(name, null, null, null);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
