package com.followup.web.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The service matrix: how each segment is served and how often. Directors set it; coverage is measured against it. */
@Controller
@RequestMapping("/portfolio/service")
class ServiceMatrixController {

    private final ServiceMatrices matrices;
    private final ServiceFollowUps followUps;

    ServiceMatrixController(ServiceMatrices matrices, ServiceFollowUps followUps) {
        this.matrices = matrices;
        this.followUps = followUps;
    }

    @GetMapping
    String edit(@AuthenticationPrincipal SignedInUser me, Model model) {
        requireDirector(me);
        model.addAttribute("form", ServiceMatrixFormData.of(matrices.current()));
        return page(model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") ServiceMatrixFormData form,
                BindingResult errors, Model model, RedirectAttributes redirect) {
        requireDirector(me);
        FormErrors.hiddenFieldsTampered(errors, "version");
        if (form.getVersion() == null && !errors.hasGlobalErrors()) {
            errors.reject("form.tampered");
        }
        FormErrors.report(ServiceMatrix.validate(form.drafts()), errors);
        if (!errors.hasErrors()) {
            try {
                matrices.save(ServiceMatrix.from(form.drafts(), form.getVersion()));
                ServiceFollowUps.Generated generated = followUps.generate(me.username());
                redirect.addFlashAttribute("notice", "portfolio.service.saved");
                redirect.addFlashAttribute("noticeArgs", List.of(generated.opened(), generated.moved()));
                return "redirect:/portfolio";
            } catch (ConcurrentChangeException e) {
                errors.reject("portfolio.service.changed");
            }
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("segments", Segment.values());
        model.addAttribute("channels", ServiceChannel.values());
        model.addAttribute("mostDays", ServiceMatrix.MOST_DAYS);
        return "portfolio/service";
    }

    private static void requireDirector(SignedInUser me) {
        if (me.role() != Role.DIRECTOR) {
            throw new AccessDeniedException("directors set the service matrix");
        }
    }
}
