package com.followup.web.account;

import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import jakarta.validation.Valid;
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

@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;

    PasswordController(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordFormData());
        return "account/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") PasswordFormData form,
                  BindingResult errors, RedirectAttributes redirect) {
        UserAccount account = accounts.findById(me.id()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword") && !encoder.matches(form.getCurrentPassword(), account.passwordHash())) {
            errors.rejectValue("currentPassword", "password.current.wrong");
        }
        if (!errors.hasFieldErrors("newPassword") && !form.getNewPassword().equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        account.changePasswordHash(encoder.encode(form.getNewPassword()));
        accounts.save(account);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/";
    }
}
