package com.followup.web.admin;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UsersController {

    private final UserAccounts accounts;
    private final UserAdministration administration;

    UsersController(UserAccounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("allAreas")
    Area[] areas() {
        return Area.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.findAllOrderedByName());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserFormData());
        return "admin/user-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") UserFormData form, BindingResult errors, RedirectAttributes redirect) {
        administration.create(form, errors);
        if (errors.hasErrors()) {
            return "admin/user-form";
        }
        redirect.addFlashAttribute("notice", "user.created");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        var account = accounts.findById(id).orElseThrow(() -> new UserNotFoundException(id));
        model.addAttribute("userId", id);
        model.addAttribute("form", UserFormData.of(account));
        model.addAttribute("active", account.active());
        return "admin/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserFormData form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("userId", id);
        FormErrors.hiddenFieldsTampered(errors, "version");
        try {
            administration.update(id, form, errors);
        } catch (ConcurrentChangeException e) {
            var current = accounts.findById(id).orElseThrow(() -> new UserNotFoundException(id));
            model.addAttribute("conflict", UserFormData.of(current));
            form.setVersion(current.version());
            errors.reject("conflict.user");
        }
        if (errors.hasErrors()) {
            model.addAttribute("active", accounts.findById(id).map(a -> a.active()).orElse(false));
            return "admin/user-form";
        }
        redirect.addFlashAttribute("notice", "user.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                      RedirectAttributes redirect) {
        if (me.id() == id) {
            redirect.addFlashAttribute("problem", "user.deactivate.self");
            return "redirect:/admin/users";
        }
        return changeActive(id, version, false, redirect);
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return changeActive(id, version, true, redirect);
    }

    private String changeActive(long id, long version, boolean active, RedirectAttributes redirect) {
        try {
            if (active) {
                administration.reactivate(id, version);
            } else {
                administration.deactivate(id, version);
            }
            redirect.addFlashAttribute("notice", active ? "user.reactivated" : "user.deactivated");
        } catch (ConcurrentChangeException e) {
            redirect.addFlashAttribute("problem", "conflict.user");
        }
        return "redirect:/admin/users";
    }
}
