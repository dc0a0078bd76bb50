package com.followup.web.rule;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.Violation;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiDraft;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.NearDuplicates;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RuleValidator;
import com.followup.web.form.FormErrors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** What a director does to rules: define, revise, archive and restore them. */
@Service
class RuleEditing {

    /** Where each part of the domain's draft is shown on the form. */
    static final Map<String, String> FORM_FIELD = Map.of(
            "area", "area", "topic", "topic", "objective", "objective", "timeAllowed", "timeAllowedKind",
            "frequency", "frequencyKind", "owner", "ownerKind", "reportedIn", "reportedIn", "kpiId", "kpiChoice",
            "escalateAfter", "escalateAmount", "stages", "stages");

    /** Where each part of a new KPI is shown on the rule form. */
    private static final Map<String, String> NEW_KPI_FIELD = Map.of(
            "name", "newKpiName", "unit", "newKpiUnit", "target", "newKpiTarget", "period", "newKpiPeriod");

    /** Inputs that have no message slot of their own: their mistakes are shown at their group's. */
    private static final Map<String, String> GROUP_OF = Map.of(
            "timeAllowedAmount", "timeAllowedKind", "timeAllowedUnit", "timeAllowedKind", "timeAllowedTerm", "timeAllowedKind",
            "frequencyEvery", "frequencyKind", "frequencyMonthDay", "frequencyKind", "frequencyWeekdays", "frequencyKind",
            "ownerUserId", "ownerKind", "escalateUnit", "escalateAmount", "newKpiPeriod", "kpiChoice");

    /** Stands in for a KPI the same request creates, so the rest of the rule can be checked first. */
    private static final long KPI_TO_CREATE = 0L;

    private final FollowUpRules rules;
    private final Kpis kpis;
    private final UserAccounts accounts;

    RuleEditing(FollowUpRules rules, Kpis kpis, UserAccounts accounts) {
        this.rules = rules;
        this.kpis = kpis;
        this.accounts = accounts;
    }

    /** Reports into {@code errors} everything wrong with the form; stores nothing. */
    RuleDraft check(RuleFormData form, Errors errors) {
        GROUP_OF.forEach((input, group) -> {
            if (errors.hasFieldErrors(input) && !errors.hasFieldErrors(group)) {
                errors.rejectValue(group, "rule.validation.unreadable");
            }
        });
        Long kpiId = form.wantsNewKpi() ? Long.valueOf(KPI_TO_CREATE) : form.chosenKpiId();
        RuleDraft draft = form.toDraft(kpiId);
        FormErrors.report(RuleValidator.validate(draft), errors, FORM_FIELD);
        if (form.wantsNewKpi()) {
            checkNewKpi(form, draft, errors);
        } else if (kpiId != null && draft.area() != null
                && kpis.findById(kpiId).filter(kpi -> kpi.area() == draft.area()).isEmpty()) {
            errors.rejectValue("kpiChoice", "rule.validation.kpiNotInArea");
        }
        if (draft.owner() instanceof RuleOwner.NamedPerson person && draft.area() != null
                && accounts.findById(person.userId()).filter(a -> a.active() && a.worksIn(draft.area())).isEmpty()) {
            errors.rejectValue("ownerKind", "rule.validation.personNotInArea");
        }
        return draft;
    }

    /** Defines the rule (and its new KPI, if one was asked for) or, if anything is wrong, nothing at all. */
    @Transactional
    Long define(RuleFormData form, Errors errors, String director, Consumer<FollowUpRule> askFirst) {
        RuleDraft draft = check(form, errors);
        if (errors.hasErrors()) {
            return null;
        }
        if (!form.isDefineAnyway()) {
            Optional<FollowUpRule> twin = NearDuplicates.of(draft, rules.findByArea(draft.area(), false));
            if (twin.isPresent()) {
                askFirst.accept(twin.get());
                return null;
            }
        }
        FollowUpRule rule = FollowUpRule.define(withKpi(draft, form));
        return rules.save(rule, director).id();
    }

    /** Revises the rule; a form read before someone else's change raises {@link ConcurrentChangeException}. */
    @Transactional
    void revise(long id, RuleFormData form, Errors errors, String director) {
        FollowUpRule rule = current(id, form.getVersion());
        RuleDraft draft = check(form, errors);
        if (draft.area() != rule.area()) {
            errors.rejectValue("area", "rule.validation.areaFixed");
        }
        if (errors.hasErrors()) {
            return;
        }
        rule.revise(withKpi(draft, form));
        rules.save(rule, director);
    }

    void archive(long id, long version, String director) {
        FollowUpRule rule = current(id, version);
        rule.archive();
        rules.save(rule, director);
    }

    void restore(long id, long version, String director) {
        FollowUpRule rule = current(id, version);
        rule.restore();
        rules.save(rule, director);
    }

    FollowUpRule current(long id, long version) {
        FollowUpRule rule = rules.findById(id).orElseThrow(() -> new RuleNotFoundException(id));
        if (rule.version() != version) {
            throw new ConcurrentChangeException("rule " + id);
        }
        return rule;
    }

    private RuleDraft withKpi(RuleDraft draft, RuleFormData form) {
        if (!form.wantsNewKpi()) {
            return draft;
        }
        Kpi kpi = kpis.save(Kpi.of(newKpi(form, draft), null, 0));
        return new RuleDraft(draft.area(), draft.topic(), draft.objective(), draft.timeAllowed(), draft.frequency(),
                draft.owner(), draft.reportedIn(), kpi.id(), draft.escalateAfter(), draft.stages());
    }

    /** The new KPI is checked as the KPI page checks one, and reported at the rule form's own KPI fields. */
    private void checkNewKpi(RuleFormData form, RuleDraft draft, Errors errors) {
        KpiDraft kpi = newKpi(form, draft);
        List<Violation> violations = new ArrayList<>(Kpi.validate(kpi));
        if (violations.isEmpty() && kpis.nameTaken(kpi.area(), kpi.name(), null)) {
            violations.add(new Violation("name", "kpi.name.taken"));
        }
        violations.removeIf(violation -> violation.field().equals("area"));
        FormErrors.report(violations, errors, NEW_KPI_FIELD);
    }

    private static KpiDraft newKpi(RuleFormData form, RuleDraft draft) {
        KpiPeriod period = List.of("DAY", "WEEK", "MONTH").contains(form.getNewKpiPeriod())
                ? KpiPeriod.valueOf(form.getNewKpiPeriod()) : null;
        return new KpiDraft(draft.area(), form.getNewKpiName(), form.getNewKpiUnit(), form.getNewKpiTarget(), period, null);
    }
}
