package com.followup.domain.lead;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A form on the company's website that posts leads straight to Followup, at an address with a secret in it. Its leads
 * come from {@code sourceId} (whose tier sets their deadline) and the person is sent on to {@code thankYouUrl}.
 * Only the secret's hash is kept, so the address is shown once, when the form is made; a revoked form takes nothing.
 */
public record LeadForm(Long id, String name, long sourceId, String thankYouUrl, long createdBy, Instant createdAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public static final int MAX_NAME = 120;
    public static final int MAX_THANK_YOU_URL = 500;

    /** What is wrong with a new form: a name, a chosen source and a thank-you page on the web. */
    public static List<Violation> validate(String name, Long sourceId, String thankYouUrl) {
        List<Violation> violations = new ArrayList<>();
        Text.required(name, "name", MAX_NAME, violations);
        if (sourceId == null) {
            violations.add(new Violation("sourceId", "field.choose"));
        }
        int before = violations.size();
        Text.required(thankYouUrl, "thankYouUrl", MAX_THANK_YOU_URL, violations);
        if (violations.size() == before && !isWebAddress(thankYouUrl.strip())) {
            violations.add(new Violation("thankYouUrl", "leadForm.thankYouUrl.web"));
        }
        return List.copyOf(violations);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** A new form's secret: 32 random bytes, safe in an address. */
    public static String newSecret() {
        return ApiKey.newSecret().substring("fu_".length());
    }

    /** What is kept of a secret: its SHA-256. */
    public static String hash(String secret) {
        return ApiKey.hash(secret);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
