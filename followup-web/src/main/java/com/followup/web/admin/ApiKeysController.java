package com.followup.web.admin;

import com.followup.domain.Violation;
import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.List;

/** Directors make, name and revoke the keys marketing tools create leads with, and see when each was last used. */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysController {

    private final ApiKeys keys;
    private final Clock clock;

    ApiKeysController(ApiKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A new key's name. */
    public static class ApiKeyFormData {
        private String name;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    @GetMapping
    String list(Model model) {
        return page(new ApiKeyFormData(), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ApiKeyFormData form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        List<Violation> violations = ApiKey.validate(form.getName());
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            return page(form, model);
        }
        String secret = ApiKey.newSecret();
        redirect.addFlashAttribute("createdName", keys.create(form.getName(), ApiKey.hash(secret), me.id(), clock.instant()).name());
        // shown once, on the page after the redirect (a reload makes no second key): only its hash is kept
        redirect.addFlashAttribute("secret", secret);
        return "redirect:/admin/api-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(keys.revoke(id, clock.instant()) ? "notice" : "problem",
                keys.all().stream().anyMatch(k -> k.id() == id) ? "apiKey.revoked" : "apiKey.unknown");
        return "redirect:/admin/api-keys";
    }

    private String page(ApiKeyFormData form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("keys", keys.all());
        return "admin/api-keys";
    }
}
