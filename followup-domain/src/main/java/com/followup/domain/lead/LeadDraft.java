package com.followup.domain.lead;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A lead as typed or sent, before it is checked: what marketing must bring is a name and a way to reach the person. */
public record LeadDraft(String name, String email, String phone, String jobTitle, String company, Long sourceId,
                        String message, boolean consent) {

    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;
    public static final int MAX_JOB_TITLE = 120;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_MESSAGE = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Everything wrong with the lead, each at its field; {@code phones} says whether the phone is a number. */
    public List<Violation> validate(PhoneNumbers phones) {
        List<Violation> violations = new ArrayList<>();
        Text.required(name, "name", MAX_NAME, violations);
        int before = violations.size();
        Text.optional(email, "email", MAX_EMAIL, violations);
        if (violations.size() == before && !blank(email) && !EMAIL.matcher(email.strip()).matches()) {
            violations.add(new Violation("email", "lead.form.email"));
        }
        before = violations.size();
        Text.optional(phone, "phone", MAX_PHONE, violations);
        if (violations.size() == before && !blank(phone) && phones.international(phone).isEmpty()) {
            violations.add(new Violation("phone", "lead.form.phone"));
        }
        if (blank(email) && blank(phone)) {
            violations.add(new Violation("phone", "lead.form.contactRequired"));
        }
        Text.optional(jobTitle, "jobTitle", MAX_JOB_TITLE, violations);
        Text.optional(company, "company", MAX_COMPANY, violations);
        Text.lines(message, "message", MAX_MESSAGE, false, violations);
        if (sourceId == null) {
            violations.add(new Violation("sourceId", "field.choose"));
        }
        return List.copyOf(violations);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
