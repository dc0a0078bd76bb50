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
                                  @Value("${followup.sign-in.max-failures}") int maxFailures,
                                  @Value("${followup.sign-in.window}") Duration window,
                                  @Value("${followup.sign-in.lockout}") Duration lockout) {
        return new SignInThrottle(attempts, clock, maxFailures, window, lockout);
    }
}
