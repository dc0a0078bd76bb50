package com.followup.web.admin;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.ConcurrentChangeException;
import com.followup.web.account.SignedInSessions;
import com.followup.web.form.FormErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/** What a director does to people's accounts. Nobody is deleted. */
@Service
class UserAdministration {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;

    UserAdministration(UserAccounts accounts, PasswordEncoder encoder, SignedInSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** Creates the account, or reports what is wrong in {@code errors} and creates nothing. */
    void create(UserFormData form, Errors errors) {
        FormErrors.report(UserAccount.validateNew(form.getUsername(), form.getDisplayName(), form.getInitialPassword(),
                form.getRole(), form.getAreas()), errors);
        if (!errors.hasFieldErrors("username") && accounts.existsByUsername(form.getUsername())) {
            errors.rejectValue("username", "user.username.taken");
        }
        if (errors.hasErrors()) {
            return;
        }
        accounts.save(UserAccount.create(form.getUsername(), form.getDisplayName(),
                encoder.encode(form.getInitialPassword()), form.getRole(), form.getAreas()));
    }

    /**
     * Changes name, role and areas; a stale form raises {@link ConcurrentChangeException}. A changed role or area
     * ends the person's sessions on every instance, so their next request signs in again with the access they now have.
     */
    void update(long id, UserFormData form, Errors errors) {
        FormErrors.report(UserAccount.validateProfile(form.getDisplayName(), form.getRole(), form.getAreas()), errors);
        if (errors.hasErrors()) {
            return;
        }
        UserAccount account = current(id, form.getVersion());
        boolean accessChanged = account.changeProfile(form.getDisplayName(), form.getRole(), form.getAreas());
        accounts.save(account);
        if (accessChanged) {
            sessions.endAll(account.username());
        }
    }

    /** Deactivates the person and ends their sessions on every instance, so that they are out at once. */
    void deactivate(long id, long version) {
        UserAccount account = current(id, version);
        account.deactivate();
        accounts.save(account);
        sessions.endAll(account.username());
    }

    void reactivate(long id, long version) {
        UserAccount account = current(id, version);
        account.reactivate();
        accounts.save(account);
    }

    private UserAccount current(long id, long version) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        if (account.version() != version) {
            throw new ConcurrentChangeException("user " + account.username());
        }
        return account;
    }
}
