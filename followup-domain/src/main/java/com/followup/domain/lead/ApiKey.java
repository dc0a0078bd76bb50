package com.followup.domain.lead;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A key a marketing tool sends to create leads, and nothing else. Directors name and revoke keys; only the key's
 * hash is kept, so the key itself is shown once, when it is made.
 */
public record ApiKey(Long id, String name, long createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public static final int MAX_NAME = 120;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static List<Violation> validate(String name) {
        List<Violation> violations = new ArrayList<>();
        Text.required(name, "name", MAX_NAME, violations);
        return List.copyOf(violations);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /** A new key: 32 random bytes, readable in a header. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "fu_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is kept of a key: its SHA-256, which cannot be turned back into the key. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
