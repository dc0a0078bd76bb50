package com.followup.web.lead;

import com.followup.domain.Violation;
import com.followup.domain.lead.LeadChannel;
import com.followup.domain.lead.LeadDraft;
import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.domain.lead.Leads;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code POST /intake/<secret>}: a company's website posts its form here. Strangers send it, so it signs nobody in,
 * reads no session and shows no page of the application: the person goes on to the form's own thank-you page (303),
 * and a refusal is a short page of its own. Limits per client address and per form; a hidden field catches bots,
 * whose posts are thanked and dropped; the same post twice within a few minutes stores one lead.
 */
@Controller
class WebFormIntakeController {

    /** The largest body a form of these fields needs, every field at its limit, with room to spare. */
    static final int MAX_BODY = 16 * 1024;
    private static final int MAX_SECRET = 100;
    /** Posts with the same content within this window (and the one before) are one lead. */
    private static final long REPEAT_WINDOW_SECONDS = 600;

    private final LeadForms forms;
    private final LeadIntake intake;
    private final Leads leads;
    private final IntakeLimits limits;
    private final MessageSource messages;
    private final Clock clock;

    WebFormIntakeController(LeadForms forms, LeadIntake intake, Leads leads, IntakeLimits limits,
                            MessageSource messages, Clock clock) {
        this.forms = forms;
        this.intake = intake;
        this.leads = leads;
        this.limits = limits;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("lead")
    void onlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "email", "phone", "jobTitle", "company", "message", "consent", "website");
    }

    @PostMapping("/intake/{secret}")
    ModelAndView take(@PathVariable String secret, @ModelAttribute("lead") WebFormLeadData lead, BindingResult errors,
                      HttpServletRequest request, Locale locale) {
        if (!limits.fromAddress(request.getRemoteAddr())) {
            return answer("tooMany", HttpStatus.TOO_MANY_REQUESTS, List.of());
        }
        if (request.getContentLengthLong() > MAX_BODY || sent(request) > MAX_BODY) {
            return answer("tooLarge", HttpStatus.CONTENT_TOO_LARGE, List.of());
        }
        Instant now = clock.instant();
        Optional<LeadForm> found = secret.length() > MAX_SECRET ? Optional.empty() : forms.active(LeadForm.hash(secret));
        if (found.isEmpty()) {
            return answer("unknown", HttpStatus.NOT_FOUND, List.of());
        }
        LeadForm form = found.get();
        if (!limits.intoForm(form.id())) {
            return answer("tooMany", HttpStatus.TOO_MANY_REQUESTS, List.of());
        }
        if (lead.caughtABot()) {
            return thankYou(form);
        }
        if (errors.hasErrors()) {
            return answer("invalid", HttpStatus.UNPROCESSABLE_ENTITY, errors.getFieldErrors().stream()
                    .map(e -> label(e.getField(), locale) + ": " + messages.getMessage(e, locale)).toList());
        }
        LeadDraft draft = new LeadDraft(lead.getName(), lead.getEmail(), lead.getPhone(), lead.getJobTitle(),
                lead.getCompany(), form.sourceId(), lead.getMessage(), lead.isConsent());
        long window = now.getEpochSecond() / REPEAT_WINDOW_SECONDS;
        if (leads.arrivedBy(repeatId(form, draft, window - 1)).isPresent()) {
            return thankYou(form);
        }
        LeadIntake.Result result = intake.take(draft, repeatId(form, draft, window), null, LeadChannel.FORM);
        if (result.lead() == null) {
            return answer("invalid", HttpStatus.UNPROCESSABLE_ENTITY, result.violations().stream()
                    .map(v -> field(v, locale) + ": " + messages.getMessage(v.messageKey(), v.args().toArray(),
                            v.messageKey(), locale)).toList());
        }
        forms.used(form, now);
        return thankYou(form);
    }

    /** How many characters the post holds, however it was sent (a chunked body has no length up front). */
    private static long sent(HttpServletRequest request) {
        long characters = 0;
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            characters += parameter.getKey().length();
            for (String value : parameter.getValue()) {
                characters += value.length();
            }
        }
        return characters;
    }

    /** The same form, the same words, in the same window: one request, so one lead. */
    private static UUID repeatId(LeadForm form, LeadDraft draft, long window) {
        String content = String.join("\u001f", "form", String.valueOf(form.id()), String.valueOf(window), draft.name(),
                draft.email(), draft.phone(), draft.jobTitle(), draft.company(), draft.message(),
                String.valueOf(draft.consent()));
        return UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    private String field(Violation violation, Locale locale) {
        return label(violation.field(), locale);
    }

    private String label(String field, Locale locale) {
        return messages.getMessage(field.equals("sourceId") ? "lead.source" : "lead." + field, null, field, locale);
    }

    private static ModelAndView thankYou(LeadForm form) {
        RedirectView view = new RedirectView(form.thankYouUrl());
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        view.setPropagateQueryParams(false);
        return new ModelAndView(view);
    }

    private static ModelAndView answer(String kind, HttpStatus status, List<String> problems) {
        return new ModelAndView("intake/answer", Map.of("kind", kind, "problems", problems), status);
    }
}
