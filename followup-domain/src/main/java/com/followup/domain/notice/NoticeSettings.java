package com.followup.domain.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Pattern;

/** How a person wants to hear about their follow-ups: a daily digest at a time of day, in a language, or none. */
public record NoticeSettings(long userId, String email, boolean digestEnabled, LocalTime digestAt, String language,
                             long version) {

    public static final Set<String> LANGUAGES = Set.of("en", "es");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NoticeSettings {
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        if (digestEnabled && email == null) {
            throw new IllegalArgumentException("a digest needs an email address");
        }
        if (digestAt == null || !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("digest time and a language of " + LANGUAGES + " are required");
        }
    }

    public static NoticeSettings defaults(long userId) {
        return defaults(userId, "en");
    }

    /** Before a person chooses, the digest speaks the language they read the app in, when the app speaks it. */
    public static NoticeSettings defaults(long userId, String language) {
        return new NoticeSettings(userId, null, false, LocalTime.of(8, 0), LANGUAGES.contains(language) ? language : "en", 0);
    }

    /** As long as the column that keeps it. */
    public static final int MAX_EMAIL = 200;

    public static boolean isEmail(String text) {
        return text != null && text.strip().length() <= MAX_EMAIL && EMAIL.matcher(text.strip()).matches();
    }

    /** The digest goes out once the chosen time of day has come in the company's zone. */
    public boolean digestDue(Instant now, ZoneId zone) {
        return digestEnabled && !now.atZone(zone).toLocalTime().isBefore(digestAt);
    }

    /** What makes today's digest one message whatever instance or retry decides it. */
    public String digestKey(Instant now, ZoneId zone) {
        return "digest:" + userId + ":" + now.atZone(zone).toLocalDate();
    }
}
