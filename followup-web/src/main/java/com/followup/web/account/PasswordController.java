package com.followup.web.account;

import com.followup.domain.Violation;
import com.followup.domain.account.SignInThrottle;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.web.form.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.List;

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final SignedInSessions sessions;

    PasswordController(UserAccounts accounts, PasswordEncoder encoder, SignInThrottle throttle, SignedInSessions sessions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordFormData());
        return "account/password";
    }

    /** The current password is checked under the sign-in throttle; a change signs out the person's other sessions. */
    @PostMapping
    String change(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") PasswordFormData form,
                  BindingResult errors, HttpServletRequest request, RedirectAttributes redirect) {
        UserAccount account = accounts.findById(me.id()).orElseThrow();
        List<Violation> violations = new ArrayList<>();
        if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
            violations.add(new Violation("currentPassword", "field.required"));
        }
        UserAccount.checkPassword(form.getNewPassword(), "newPassword", violations);
        FormErrors.report(violations, errors);
        if (!errors.hasFieldErrors("currentPassword")) {
            checkCurrentPassword(account, form.getCurrentPassword(), request.getRemoteAddr(), errors);
        }
        if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        account.changePasswordHash(encoder.encode(form.getNewPassword()));
        accounts.save(account);
        sessions.endAllBut(account.username(), request.getSession().getId());
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }

    private void checkCurrentPassword(UserAccount account, String typed, String address, BindingResult errors) {
        if (!throttle.allows(account.username(), address)) {
            errors.rejectValue("currentPassword", "password.current.locked");
        } else if (encoder.matches(typed, account.passwordHash())) {
            throttle.recordSuccess(account.username(), address);
        } else {
            throttle.recordFailure(account.username(), address);
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
    }
}
