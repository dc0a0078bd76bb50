package com.followup.web.account;

import com.followup.domain.account.SignInThrottle;
import com.followup.domain.account.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;


/** Password sign-in checked by {@link SignInThrottle} before the password is compared, and counted by it after. */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        if (!throttle.allows(username, address)) {
            log.warn("Sign-in refused for '{}' from {}: locked after repeated failures", username, address);
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username, address);
            return result;
        } catch (BadCredentialsException e) {
            log.warn("Failed sign-in for '{}' from {}", username, address);
            throttle.recordFailure(username, address).forEach(key -> log.warn("Locked {} after repeated failed sign-ins", key));
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
