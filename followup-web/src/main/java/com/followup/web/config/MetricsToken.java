package com.followup.web.config;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

/**
 * The metrics endpoint answers only a request that carries {@code Authorization: Bearer <token>} with the token
 * the operator set (FOLLOWUP_METRICS_TOKEN). Without a token set it answers nobody.
 */
final class MetricsToken implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] expected;

    MetricsToken(String token) {
        this.expected = token.isBlank() ? null : ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String sent = context.getRequest().getHeader("Authorization");
        return new AuthorizationDecision(expected != null && sent != null
                && MessageDigest.isEqual(expected, sent.getBytes(StandardCharsets.UTF_8)));
    }
}
