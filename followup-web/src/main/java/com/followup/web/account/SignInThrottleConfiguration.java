package com.followup.web.account;

import com.followup.domain.account.SignInAttempts;
import com.followup.domain.account.SignInThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class SignInThrottleConfiguration {

    @Bean
    SignInThrottle signInThrottle(SignInAttempts attempts, Clock clock,
                                  @Value("${followup.sign-in.max-failures}") int perNameFromAddress,
                                  @Value("${followup.sign-in.max-failures-per-address}") int perAddress,
                                  @Value("${followup.sign-in.max-failures-per-name}") int perName,
                                  @Value("${followup.sign-in.window}") Duration window,
                                  @Value("${followup.sign-in.lockout}") Duration lockout,
                                  @Value("${followup.sign-in.longest-lockout}") Duration longestLockout,
                                  @Value("${followup.sign-in.known-address-for}") Duration knownFor) {
        return new SignInThrottle(attempts, clock,
                new SignInThrottle.Limits(perNameFromAddress, perAddress, perName, window, lockout, longestLockout, knownFor));
    }
}
