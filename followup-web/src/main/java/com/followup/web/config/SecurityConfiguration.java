package com.followup.web.config;

import com.followup.web.lead.IntakeBodyLimit;
import com.followup.domain.lead.ApiKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // sign-in goes through ThrottledAuthenticationProvider, the only AuthenticationProvider bean
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/error", "/assets/**", "/webjars/**",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        // calendar apps cannot sign in: the feed's secret token is its key
                        .requestMatchers(HttpMethod.GET, "/calendar/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("DIRECTOR")
                        .requestMatchers(HttpMethod.GET, "/rules", "/rules/*/history").authenticated()
                        .requestMatchers("/rules/**").hasRole("DIRECTOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .failureHandler(new SignInFailureHandler())
                        .successHandler(new SignInSuccessHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new SessionEndedHandler()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Marketing tools: an API key is the only way in, no session, no CSRF (no cookie is read); a key may call what
     * is mapped under /api, which is creating leads, and nothing else. Only the filters an API call needs: no
     * sign-out, anonymous person, session management nor servlet API wrapper, which cost every lead their work for
     * nothing (a request without a key is refused by the entry point all the same). Calls with a key then take turns
     * ({@link ApiCallsInTurn}).
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, Clock clock, MessageSource messages,
                                       @Value("${followup.api.calls-at-once:4}") int callsAtOnce,
                                       @Value("${followup.api.wait-for-turn:5s}") Duration waitForTurn) throws Exception {
        http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ApiKeyFilter.ROLE))
                .addFilterBefore(new ApiKeyFilter(keys, clock), AuthorizationFilter.class)
                .addFilterAfter(new ApiCallsInTurn(callsAtOnce, waitForTurn, messages), AuthorizationFilter.class)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(servletApi -> servletApi.disable())
                .exceptionHandling(denied -> denied.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Websites' forms post leads to /intake/<secret>: strangers send them, so no session is read or made, nothing
     * signs anyone in, and CSRF is off for this path alone (the secret in the address is the form's key).
     */
    @Bean
    @Order(2)
    SecurityFilterChain intakeFilterChain(HttpSecurity http) throws Exception {
        http
                .securityMatcher("/intake/**")
                .addFilterBefore(new IntakeBodyLimit(), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/intake/*").permitAll()
                        .anyRequest().denyAll())
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(denied -> denied.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND)))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /**
     * Static files and health probes: open to all, with no security context, so no session and no database. The
     * metrics for Prometheus: only with the operator's token ({@link MetricsToken}).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain sessionlessFilterChain(HttpSecurity http, @Value("${followup.metrics.token:}") String metricsToken)
            throws Exception {
        http
                .securityMatcher(SessionlessRequests.INSTANCE)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SessionlessRequests.METRICS).access(new MetricsToken(metricsToken))
                        .anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /**
     * Spring Security's observations wrapped every filter of every request in an observation nothing here reads: 5 %
     * of an API call's CPU (docs/benchmarks.md). The requests' own timings (http.server.requests) stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
