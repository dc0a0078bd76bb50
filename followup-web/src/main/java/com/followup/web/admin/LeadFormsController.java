package com.followup.web.admin;

import com.followup.domain.Violation;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.beans.factory.annotation.Value;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Directors make, name and revoke the forms a company's website posts leads to: each has its source (and so its
 * response tier), its thank-you page, and an address with a secret in it that is shown once.
 */
@Controller
@RequestMapping("/admin/lead-forms")
class LeadFormsController {

    private final LeadForms forms;
    private final Leads leads;
    private final Clock clock;
    private final String baseUrl;

    LeadFormsController(LeadForms forms, Leads leads, Clock clock,
                        @Value("${followup.base-url:http://localhost:8080}") String baseUrl) {
        this.forms = forms;
        this.leads = leads;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new form: its name, source and thank-you page. */
    public static class LeadFormFormData {
        private String name;
        private Long sourceId;
        private String thankYouUrl;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Long getSourceId() { return sourceId; }
        public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
        public String getThankYouUrl() { return thankYouUrl; }
        public void setThankYouUrl(String thankYouUrl) { this.thankYouUrl = thankYouUrl; }
    }

    /** A form with the source its leads come from. */
    record Row(LeadForm form, LeadSource source) {
    }

    @GetMapping
    String list(Model model) {
        return page(new LeadFormFormData(), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") LeadFormFormData form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>(LeadForm.validate(form.getName(), form.getSourceId(), form.getThankYouUrl()));
        if (form.getSourceId() != null && leads.sources().stream().noneMatch(s -> s.id() == form.getSourceId())) {
            violations.add(new Violation("sourceId", "field.choose"));
        }
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            return page(form, model);
        }
        String secret = LeadForm.newSecret();
        redirect.addFlashAttribute("createdName", forms.create(form.getName(), form.getSourceId(), form.getThankYouUrl(),
                LeadForm.hash(secret), me.id(), clock.instant()).name());
        // shown once, on the page after the redirect (a reload makes no second form): only its hash is kept
        redirect.addFlashAttribute("address", baseUrl + "/intake/" + secret);
        return "redirect:/admin/lead-forms";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(forms.revoke(id, clock.instant()) ? "notice" : "problem",
                forms.all().stream().anyMatch(f -> f.id() == id) ? "leadForm.revoked" : "leadForm.unknown");
        return "redirect:/admin/lead-forms";
    }

    private String page(LeadFormFormData form, Model model) {
        List<LeadSource> sources = leads.sources();
        model.addAttribute("form", form);
        Map<Long, LeadSource> byId = sources.stream().collect(Collectors.toMap(LeadSource::id, Function.identity()));
        model.addAttribute("forms", forms.all().stream().map(f -> new Row(f, byId.get(f.sourceId()))).toList());
        model.addAttribute("sources", sources);
        model.addAttribute("maxLength", Map.of("name", LeadForm.MAX_NAME, "thankYouUrl", LeadForm.MAX_THANK_YOU_URL));
        return "admin/lead-forms";
    }
}
