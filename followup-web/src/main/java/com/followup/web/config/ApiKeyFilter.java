package com.followup.web.config;

import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** Signs an API request in as the key it carries ({@code Authorization: Bearer <key>}), which may only create leads. */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String ROLE = "API_CLIENT";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeyFilter(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(BEARER) && header.length() < 200) {
            keys.use(ApiKey.hash(header.substring(BEARER.length()).strip()), clock.instant()).ifPresent(key ->
                    SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "api-key-" + key.id(), null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)))));
        }
        chain.doFilter(request, response);
    }
}
