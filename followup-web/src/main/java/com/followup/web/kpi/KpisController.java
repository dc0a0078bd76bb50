package com.followup.web.kpi;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiDraft;
import com.followup.domain.kpi.KpiEntry;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.domain.dashboard.ReportingPeriod;
import com.followup.web.account.SignedInUser;
import com.followup.web.form.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The KPIs of each area: directors define them, their targets and targets per person; the area's managers and
 * directors enter the values of KPIs the app does not compute.
 */
@Controller
@RequestMapping("/kpis")
class KpisController {

    private final Kpis kpis;
    private final UserAccounts accounts;
    private final Clock clock;

    KpisController(Kpis kpis, UserAccounts accounts, Clock clock) {
        this.kpis = kpis;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** KPIs and the targets set for people are for directors and the area's managers; staff see theirs on My numbers. */
    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Area area, Model model) {
        Area shown = area != null ? area : me.defaultArea();
        if (!me.actor().canManage(shown)) {
            throw new AccessDeniedException("only directors and managers of " + shown + " see its KPIs and targets");
        }
        return page(me, shown, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") KpiFormData form, BindingResult errors,
                @RequestParam(required = false) Long id, Model model, RedirectAttributes redirect) {
        requireDirector(me);
        if (id != null && kpis.findById(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        FormErrors.hiddenFieldsTampered(errors, "version");
        Kpi kpi = validated(form, id, errors);
        if (kpi != null) {
            try {
                kpis.save(kpi);
                redirect.addFlashAttribute("notice", "kpi.saved");
                return "redirect:/kpis?area=" + form.getArea();
            } catch (ConcurrentChangeException e) {
                errors.reject("kpi.changed");
            }
        }
        return id == null ? page(me, form.getArea() != null ? form.getArea() : Area.SALES, model) : editPage(id, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        requireDirector(me);
        Kpi kpi = kpis.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("form", KpiFormData.of(kpi));
        return editPage(id, model);
    }

    private String editPage(long id, Model model) {
        KpiFormData form = (KpiFormData) model.getAttribute("form");
        model.addAttribute("kpiId", id);
        model.addAttribute("metrics", Metric.of(form.getArea()));
        model.addAttribute("periods", KpiPeriod.values());
        return "kpi/edit";
    }

    @PostMapping("/{id}/targets")
    String personTarget(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                        @RequestParam(required = false) Long userId,
                        @RequestParam(defaultValue = "") String target, RedirectAttributes redirect) {
        requireDirector(me);
        Kpi kpi = kpis.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Violation> violations = new ArrayList<>();
        BigDecimal value = target.isBlank() ? null : Kpi.value(target, "target", violations);
        if (!violations.isEmpty()) {
            redirect.addFlashAttribute("problem", "kpi.target.invalid");
        } else if (userId == null) {
            redirect.addFlashAttribute("problem", "kpi.person.choose");
        } else if (!worksIn(userId, kpi.area())) {
            redirect.addFlashAttribute("problem", "kpi.person.notInArea");
        } else {
            kpis.setPersonTarget(id, userId, value);
            redirect.addFlashAttribute("notice", "kpi.saved");
        }
        return "redirect:/kpis?area=" + kpi.area() + "#kpi-" + id;
    }

    /**
     * A value for the period containing the chosen day; a second entry for the same period replaces the first. A
     * refused one shows the page again with what was typed and the messages beside that KPI's fields.
     */
    @PostMapping("/{id}/entries")
    String enter(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                 @ModelAttribute("entry") KpiEntryFormData entry, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Kpi kpi = kpis.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (kpi.isComputed() || !me.actor().canManage(kpi.area())) {
            throw new AccessDeniedException("only managers of " + kpi.area() + " enter values of entered KPIs");
        }
        List<Violation> violations = new ArrayList<>();
        if (entry.getDay() == null) {
            violations.add(new Violation("day", "field.required"));
        }
        BigDecimal amount = Kpi.value(entry.getValue(), "value", violations);
        if (entry.getUserId() != null && !worksIn(entry.getUserId(), kpi.area())) {
            violations.add(new Violation("userId", "kpi.person.notInArea"));
        }
        FormErrors.report(violations, errors);
        if (errors.hasErrors()) {
            model.addAttribute("entryKpiId", id);
            return page(me, kpi.area(), model);
        }
        LocalDate start = ReportingPeriod.containing(kpi.period(), entry.getDay(), clock.getZone()).firstDay();
        kpis.enter(new KpiEntry(id, entry.getUserId(), start, amount, me.id(), clock.instant()));
        redirect.addFlashAttribute("notice", "kpi.entered");
        return "redirect:/kpis?area=" + kpi.area() + "#kpi-" + id;
    }

    /** The KPI the form describes, or null with every mistake next to its field. */
    private Kpi validated(KpiFormData form, Long id, Errors errors) {
        KpiDraft draft = form.toDraft();
        List<Violation> violations = new ArrayList<>(Kpi.validate(draft));
        if (violations.isEmpty() && kpis.nameTaken(draft.area(), draft.name(), id)) {
            violations.add(new Violation("name", "kpi.name.taken"));
        }
        if (violations.isEmpty() && id != null && kpis.usedByRules(id)
                && kpis.findById(id).filter(stored -> stored.area() != draft.area()).isPresent()) {
            violations.add(new Violation("kpi", "kpi.area.usedByRules"));
        }
        FormErrors.report(violations, errors);
        return errors.hasErrors() ? null : Kpi.of(draft, id, form.getVersion());
    }

    /** Targets and values are set for people who work in the KPI's area, and for no one else. */
    private boolean worksIn(long userId, Area area) {
        return accounts.findById(userId).filter(UserAccount::active).filter(person -> person.worksIn(area)).isPresent();
    }

    private static void requireDirector(SignedInUser me) {
        if (!me.isDirector()) {
            throw new AccessDeniedException("only directors define KPIs");
        }
    }

    private String page(SignedInUser me, Area area, Model model) {
        List<Kpi> inArea = kpis.findByArea(area);
        Map<Long, Map<Long, BigDecimal>> targets = kpis.personTargets(area);
        List<UserAccount> people = accounts.findAllOrderedByName().stream()
                .filter(UserAccount::active).filter(person -> person.worksIn(area)).toList();
        model.addAttribute("area", area);
        model.addAttribute("areas", Arrays.stream(Area.values()).filter(me.actor()::canManage).toList());
        model.addAttribute("kpis", inArea);
        model.addAttribute("targets", targets);
        model.addAttribute("people", people);
        model.addAttribute("names", people.stream().collect(Collectors.toMap(UserAccount::id, UserAccount::displayName)));
        model.addAttribute("metrics", Metric.of(area));
        model.addAttribute("periods", KpiPeriod.values());
        model.addAttribute("canDefine", me.isDirector());
        model.addAttribute("canEnter", me.actor().canManage(area));
        if (!model.containsAttribute("form")) {
            KpiFormData form = new KpiFormData();
            form.setArea(area);
            model.addAttribute("form", form);
        }
        model.addAttribute("blankEntry", KpiEntryFormData.on(LocalDate.now(clock)));
        return "kpi/list";
    }
}
