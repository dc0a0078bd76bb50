package com.followup.web.account;

import com.followup.domain.account.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;


class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
