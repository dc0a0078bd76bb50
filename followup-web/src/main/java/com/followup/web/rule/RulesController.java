package com.followup.web.rule;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.RuleChange;
import com.followup.web.account.SignedInUser;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Controller
@RequestMapping("/rules")
class RulesController {

    private static final Set<String> CHECKED_SLOTS = Set.copyOf(RuleEditing.FORM_FIELD.values());

    private final FollowUpRules rules;
    private final RuleEditing editing;
    private final RuleSentences sentences;
    private final Kpis kpis;
    private final UserAccounts accounts;

    RulesController(FollowUpRules rules, RuleEditing editing, RuleSentences sentences, Kpis kpis, UserAccounts accounts) {
        this.rules = rules;
        this.editing = editing;
        this.sentences = sentences;
        this.kpis = kpis;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) Area area,
                @RequestParam(defaultValue = "false") boolean archived, Locale locale, Model model) {
        Area shown = area != null ? area : me.defaultArea();
        List<FollowUpRule> inArea = rules.findByArea(shown, archived);
        model.addAttribute("areas", Area.values());
        model.addAttribute("area", shown);
        model.addAttribute("archived", archived);
        model.addAttribute("cards", sentences.cards(inArea, me, locale));
        return "rule/list";
    }

    @GetMapping("/new")
    String newRule(@RequestParam(required = false) Area area, Model model) {
        RuleFormData form = new RuleFormData();
        form.setArea(area);
        return form(form, null, model);
    }

    @PostMapping
    String define(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") RuleFormData form,
                  BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        Long id = editing.define(form, errors, me.username(),
                twin -> model.addAttribute("nearDuplicate", sentences.card(twin, me, locale)));
        if (id == null) {
            return form(form, null, model);
        }
        redirect.addFlashAttribute("notice", "rule.defined");
        return "redirect:/rules?area=" + form.getArea() + "#rule-" + id;
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        FollowUpRule rule = rules.findById(id).orElseThrow(() -> new RuleNotFoundException(id));
        return form(RuleFormData.of(rule), id, model);
    }

    @PostMapping("/{id}")
    String revise(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                  @ModelAttribute("form") RuleFormData form, BindingResult errors, Locale locale, Model model,
                  RedirectAttributes redirect) {
        try {
            editing.revise(id, form, errors, me.username());
        } catch (ConcurrentChangeException e) {
            FollowUpRule theirs = rules.findById(id).orElseThrow(() -> new RuleNotFoundException(id));
            model.addAttribute("theirs", sentences.card(theirs, me, locale));
            model.addAttribute("theirsBy", rules.history(id).get(0).changedBy());
            form.setVersion(theirs.version());
            errors.reject("conflict.rule");
        }
        if (errors.hasErrors()) {
            return form(form, id, model);
        }
        redirect.addFlashAttribute("notice", "rule.saved");
        return "redirect:/rules?area=" + form.getArea() + "#rule-" + id;
    }

    /** The parts of the form that depend on the area, redrawn when the area changes. */
    @HxRequest
    @GetMapping("/form-parts")
    String areaParts(@ModelAttribute("form") RuleFormData form, Model model) {
        addFormChoices(form, model);
        return "rule/form :: areaParts";
    }

    /** Checks the form as it is typed and answers with every field's message slot, swapped in place. */
    @HxRequest
    @PostMapping("/check")
    String check(@ModelAttribute("form") RuleFormData form, BindingResult errors, @RequestParam String slot, Model model) {
        editing.check(form, errors);
        // the slot name is rendered into a field expression, so only known names may pass
        model.addAttribute("slot", CHECKED_SLOTS.contains(slot) ? slot : "topic");
        return "rule/form :: checked";
    }

    @PostMapping("/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                   @RequestParam Area area, RedirectAttributes redirect) {
        return changeStatus(() -> editing.archive(id, version, me.username()), "rule.archived", area, redirect);
    }

    @PostMapping("/{id}/restore")
    String restore(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, @RequestParam long version,
                   @RequestParam Area area, RedirectAttributes redirect) {
        return changeStatus(() -> editing.restore(id, version, me.username()), "rule.restored", area, redirect);
    }

    @GetMapping("/{id}/history")
    String history(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Locale locale, Model model) {
        FollowUpRule rule = rules.findById(id).orElseThrow(() -> new RuleNotFoundException(id));
        List<RuleChange> changes = rules.history(id);
        model.addAttribute("card", sentences.card(rule, me, locale));
        model.addAttribute("changes", changes);
        model.addAttribute("sentences", sentences.sentences(changes.stream().map(RuleChange::parts).toList(), rule.purpose(), locale));
        return "rule/history";
    }

    private String changeStatus(Runnable change, String notice, Area area, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ConcurrentChangeException | IllegalStateException e) {
            // a stale form, or archiving what someone else archived a moment ago
            redirect.addFlashAttribute("problem", "conflict.rule.status");
        }
        return "redirect:/rules?area=" + area + (notice.equals("rule.restored") ? "" : "&archived=true");
    }

    private String form(RuleFormData form, Long ruleId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("ruleId", ruleId);
        addFormChoices(form, model);
        return "rule/form";
    }

    private void addFormChoices(RuleFormData form, Model model) {
        Area area = form.getArea();
        model.addAttribute("areas", Area.values());
        model.addAttribute("periodUnits", PeriodUnit.values());
        model.addAttribute("itemTerms", ItemTerm.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("kpiPeriods", KpiPeriod.values());
        model.addAttribute("frequencyKinds", Frequency.Kind.values());
        model.addAttribute("kpis", area == null ? List.of() : kpis.findByArea(area));
        model.addAttribute("people", area == null ? List.of() : accounts.findAllOrderedByName().stream()
                .filter(UserAccount::active).filter(a -> a.role() != Role.DIRECTOR && a.worksIn(area)).toList());
    }
}
