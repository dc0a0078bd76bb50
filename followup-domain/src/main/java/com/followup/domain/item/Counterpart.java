package com.followup.domain.item;

/** Who is on the other side of an item: a customer, prospect or supplier, and optionally a person there. */
public record Counterpart(String name, String contactName, String email, String phone) {

    public Counterpart {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("counterpart name is required");
        }
        name = name.strip();
        contactName = tidy(contactName);
        email = tidy(email);
        phone = tidy(phone);
    }

    public static Counterpart named(String name) {
        return new Counterpart(name, null, null, null);
    }

    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
