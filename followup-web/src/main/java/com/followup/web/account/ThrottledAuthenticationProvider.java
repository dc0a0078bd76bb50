package com.followup.web.account;

import com.followup.domain.account.SignInThrottle;
import com.followup.domain.account.UserAccount;
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

import java.util.List;
import java.util.Locale;

/**
 * Password sign-in that locks a user name, and separately an address, after repeated failures,
 * so that neither guessing one person's password nor trying many people from one place pays off.
 */
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
        if (!UserAccount.couldBeUsername(authentication.getName())) {
            throw new BadCredentialsException("no one has such a user name");
        }
        String username = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        List<String> keys = List.of("user:" + username, "address:" + address);
        if (keys.stream().anyMatch(throttle::isLocked)) {
            log.warn("Sign-in refused for '{}' from {}: locked after repeated failures", username, address);
            throw new LockedException("locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(keys.get(0));
            return result;
        } catch (BadCredentialsException e) {
            log.warn("Failed sign-in for '{}' from {}", username, address);
            for (String key : keys) {
                if (throttle.recordFailure(key)) {
                    log.warn("Locked {} after repeated failed sign-ins", key);
                }
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
