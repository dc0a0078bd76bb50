package com.followup.web.admin;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Violation;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.LeadSource;
import com.followup.domain.lead.Leads;
import com.followup.domain.lead.ResponseTier;
import com.followup.web.form.FormErrors;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Directors set how fast leads must be answered (per tier, and per source when one differs) and the working hours
 * and time zone those deadlines count in; they may also have unanswered leads move on by themselves at twice the
 * deadline. New deadlines apply to leads that arrive from then on.
 */
@Controller
@RequestMapping("/admin/lead-settings")
class LeadSettingsController {

    private final LeadSettings settings;
    private final Leads leads;
    private final Clock clock;

    LeadSettingsController(LeadSettings settings, Leads leads, Clock clock) {
        this.settings = settings;
        this.leads = leads;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        return page(deadlinesForm(), hoursForm(settings.hours()), model);
    }

    @PostMapping("/deadlines")
    String saveDeadlines(@ModelAttribute("deadlines") LeadSettingsFormData.Deadlines form, BindingResult errors, Model model,
                         RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        Map<ResponseTier, Duration> allowed = new EnumMap<>(ResponseTier.class);
        minutes(form.getHot(), "hot", true, violations).ifPresent(d -> allowed.put(ResponseTier.HOT, d));
        minutes(form.getWarm(), "warm", true, violations).ifPresent(d -> allowed.put(ResponseTier.WARM, d));
        minutes(form.getCold(), "cold", true, violations).ifPresent(d -> allowed.put(ResponseTier.COLD, d));
        FormErrors.hiddenFieldsTampered(errors, "shownHot", "shownWarm", "shownCold");
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            return page(form, hoursForm(settings.hours()), model);
        }
        Map<ResponseTier, Duration> shown = new EnumMap<>(ResponseTier.class);
        shownMinutes(form.getShownHot()).ifPresent(d -> shown.put(ResponseTier.HOT, d));
        shownMinutes(form.getShownWarm()).ifPresent(d -> shown.put(ResponseTier.WARM, d));
        shownMinutes(form.getShownCold()).ifPresent(d -> shown.put(ResponseTier.COLD, d));
        try {
            settings.saveTierDeadlines(shown, allowed);
        } catch (ConcurrentChangeException e) {
            errors.reject("leadSettings.deadlinesChanged");
            LeadSettingsFormData.Deadlines now = deadlinesForm();
            form.setShownHot(now.getShownHot());
            form.setShownWarm(now.getShownWarm());
            form.setShownCold(now.getShownCold());
            return page(form, hoursForm(settings.hours()), model);
        }
        redirect.addFlashAttribute("notice", "leadSettings.saved");
        return "redirect:/admin/lead-settings";
    }

    @PostMapping("/sources/{id}")
    String saveSource(@PathVariable long id, @ModelAttribute("source") LeadSettingsFormData.SourceDeadline form,
                      RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        Optional<Duration> allowed = minutes(form.getMinutes(), "minutes", false, violations);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("problem", "leadSettings.minutes");
        } else {
            boolean known = leads.sources().stream().anyMatch(s -> s.id() == id);
            boolean saved = settings.saveSourceDeadline(id, shownMinutes(form.getShown()), allowed);
            redirect.addFlashAttribute(saved ? "notice" : "problem",
                    saved ? "leadSettings.saved" : known ? "leadSettings.deadlinesChanged" : "leadSettings.sourceUnknown");
        }
        return "redirect:/admin/lead-settings";
    }

    @PostMapping("/hours")
    String saveHours(@ModelAttribute("hours") LeadSettingsFormData.Hours form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        List<Violation> violations = new ArrayList<>();
        LocalTime opens = time(form.getOpens(), "opens", violations);
        LocalTime closes = time(form.getCloses(), "closes", violations);
        boolean timesRead = violations.isEmpty();
        CompanyHours.validate(form.getZone(), opens, closes, form.getDays()).stream()
                .filter(v -> timesRead || !(v.field().equals("opens") || v.field().equals("closes")))
                .forEach(violations::add);
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            return page(deadlinesForm(), form, model);
        }
        try {
            settings.save(new CompanyHours(CompanyHours.parse(form.getZone()), opens, closes, new HashSet<>(form.getDays()),
                    form.isAutoReassign(), form.getVersion()));
        } catch (ConcurrentChangeException e) {
            errors.reject("leadSettings.changed");
            return page(deadlinesForm(), form, model);
        }
        redirect.addFlashAttribute("notice", "leadSettings.saved");
        return "redirect:/admin/lead-settings";
    }

    /** A whole number of minutes from 1 to the longest deadline; blank is empty unless {@code required}. */
    private static Optional<Duration> minutes(String text, String field, boolean required, List<Violation> violations) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, "field.required"));
            }
            return Optional.empty();
        }
        if (typed.matches("\\d{1,6}")) {
            int minutes = Integer.parseInt(typed);
            if (minutes >= 1 && minutes <= LeadSettings.MAX_MINUTES) {
                return Optional.of(Duration.ofMinutes(minutes));
            }
        }
        violations.add(new Violation(field, "leadSettings.minutes"));
        return Optional.empty();
    }

    private static Optional<Duration> shownMinutes(Integer minutes) {
        return minutes == null ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes));
    }

    private static LocalTime time(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new Violation(field, "field.required"));
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "leadSettings.time"));
            return null;
        }
    }

    private LeadSettingsFormData.Deadlines deadlinesForm() {
        Map<ResponseTier, Duration> tiers = settings.tierDeadlines();
        LeadSettingsFormData.Deadlines form = new LeadSettingsFormData.Deadlines();
        form.setHot(String.valueOf(tiers.getOrDefault(ResponseTier.HOT, ResponseTier.HOT.defaultAllowed()).toMinutes()));
        form.setWarm(String.valueOf(tiers.getOrDefault(ResponseTier.WARM, ResponseTier.WARM.defaultAllowed()).toMinutes()));
        form.setCold(String.valueOf(tiers.getOrDefault(ResponseTier.COLD, ResponseTier.COLD.defaultAllowed()).toMinutes()));
        form.setShownHot(tiers.containsKey(ResponseTier.HOT) ? Math.toIntExact(tiers.get(ResponseTier.HOT).toMinutes()) : null);
        form.setShownWarm(tiers.containsKey(ResponseTier.WARM) ? Math.toIntExact(tiers.get(ResponseTier.WARM).toMinutes()) : null);
        form.setShownCold(tiers.containsKey(ResponseTier.COLD) ? Math.toIntExact(tiers.get(ResponseTier.COLD).toMinutes()) : null);
        return form;
    }

    private static LeadSettingsFormData.Hours hoursForm(CompanyHours hours) {
        LeadSettingsFormData.Hours form = new LeadSettingsFormData.Hours();
        form.setZone(hours.zone() == null ? "" : hours.zone().getId());
        form.setOpens(hours.opens().toString());
        form.setCloses(hours.closes().toString());
        form.setDays(hours.days().stream().sorted().toList());
        form.setAutoReassign(hours.autoReassign());
        form.setVersion(hours.version());
        return form;
    }

    /** A source's line: its tier, and its own deadline when it has one. */
    record SourceLine(LeadSource source, Long ownMinutes) {
    }

    private String page(LeadSettingsFormData.Deadlines deadlines, LeadSettingsFormData.Hours hours, Model model) {
        Map<Long, Duration> own = settings.sourceDeadlines();
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("hours", hours);
        model.addAttribute("sources", leads.sources().stream()
                .map(s -> new SourceLine(s, own.containsKey(s.id()) ? own.get(s.id()).toMinutes() : null)).toList());
        model.addAttribute("weekDays", DayOfWeek.values());
        model.addAttribute("applicationZone", clock.getZone().getId());
        return "admin/lead-settings";
    }
}
