package com.followup.domain.rule;

import com.followup.domain.Violation;
import com.followup.domain.area.Area;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is followed up in one topic of one area, by whom, how often and why: the six parts of
 * a follow-up rule, plus when the area's manager is told and, for Sales, the pipeline stages.
 * A rule is never deleted; it is archived.
 */
public final class FollowUpRule {

    private final Long id;
    private final long version;
    private final Area area;
    private RuleDraft parts;
    private RuleStatus status;
    /** What the portfolio generated the rule for; null for a rule people define. */
    private RulePurpose purpose;
    private final Set<String> unsavedChanges = new LinkedHashSet<>();

    private FollowUpRule(Long id, long version, RuleDraft parts, RuleStatus status) {
        this.id = id;
        this.version = version;
        this.area = parts.area();
        this.parts = parts;
        this.status = status;
    }

    public static FollowUpRule define(RuleDraft draft) {
        requireValid(draft);
        FollowUpRule rule = new FollowUpRule(null, 0, normalised(draft), RuleStatus.ACTIVE);
        rule.unsavedChanges.add("created");
        return rule;
    }

    /** A rule as it was stored; not to be confused with {@link #restore()}, which brings back an archived rule. */
    public static FollowUpRule restore(long id, long version, RuleDraft parts, RuleStatus status) {
        return new FollowUpRule(id, version, parts, status);
    }

    /** A rule as it was stored, with what the portfolio generated it for (null for a rule people define). */
    public static FollowUpRule restore(long id, long version, RuleDraft parts, RuleStatus status, RulePurpose purpose) {
        FollowUpRule rule = new FollowUpRule(id, version, parts, status);
        rule.purpose = purpose;
        return rule;
    }

    /** Applies a change; the area a rule belongs to cannot change. */
    public void revise(RuleDraft draft) {
        List<Violation> violations = new ArrayList<>(RuleValidator.validate(draft));
        if (draft.area() != null && draft.area() != area) {
            violations.add(new Violation("area", "rule.validation.areaFixed"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRuleException(violations);
        }
        RuleDraft revised = normalised(draft);
        unsavedChanges.addAll(partsChangedFrom(revised));
        this.parts = revised;
    }

    public void archive() {
        if (status == RuleStatus.ARCHIVED) {
            throw new IllegalStateException("rule " + id + " is already archived");
        }
        status = RuleStatus.ARCHIVED;
        unsavedChanges.add("archived");
    }

    public void restore() {
        if (status == RuleStatus.ACTIVE) {
            throw new IllegalStateException("rule " + id + " is not archived");
        }
        status = RuleStatus.ACTIVE;
        unsavedChanges.add("restored");
    }

    /** The names of the parts in which {@code other} differs from this rule, in the order of the form. */
    public List<String> partsChangedFrom(RuleDraft other) {
        RuleDraft mine = parts;
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "topic", mine.topic(), other.topic());
        addIfChanged(changed, "objective", mine.objective(), other.objective());
        addIfChanged(changed, "timeAllowed", mine.timeAllowed(), other.timeAllowed());
        addIfChanged(changed, "frequency", mine.frequency(), other.frequency());
        addIfChanged(changed, "owner", mine.owner(), other.owner());
        addIfChanged(changed, "reportedIn", mine.reportedIn(), other.reportedIn());
        addIfChanged(changed, "kpiId", mine.kpiId(), other.kpiId());
        addIfChanged(changed, "escalateAfter", mine.escalateAfter(), other.escalateAfter());
        addIfChanged(changed, "stages", mine.stages(), other.stages());
        return changed;
    }

    private static void addIfChanged(List<String> changed, String part, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(part);
        }
    }

    private static void requireValid(RuleDraft draft) {
        List<Violation> violations = RuleValidator.validate(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRuleException(violations);
        }
    }

    private static RuleDraft normalised(RuleDraft draft) {
        ReportedIn reportedIn = new ReportedIn(draft.reportedIn().where().strip(),
                draft.reportedIn().boardLink() == null || draft.reportedIn().boardLink().isBlank()
                        ? null : draft.reportedIn().boardLink().strip());
        RuleOwner owner = draft.owner() instanceof RuleOwner.AreaRole role
                ? new RuleOwner.AreaRole(role.roleName().strip()) : draft.owner();
        return new RuleDraft(draft.area(), draft.topic().strip(), draft.objective().strip(), draft.timeAllowed(),
                draft.frequency(), owner, reportedIn, draft.kpiId(), draft.escalateAfter(), draft.stages());
    }

    public Long id() { return id; }
    public long version() { return version; }
    public Area area() { return area; }
    public RuleDraft parts() { return parts; }
    public RuleStatus status() { return status; }
    public boolean isArchived() { return status == RuleStatus.ARCHIVED; }
    public String topic() { return parts.topic(); }
    public RulePurpose purpose() { return purpose; }
    public String objective() { return parts.objective(); }
    public TimeAllowed timeAllowed() { return parts.timeAllowed(); }
    public Frequency frequency() { return parts.frequency(); }
    public RuleOwner owner() { return parts.owner(); }
    public ReportedIn reportedIn() { return parts.reportedIn(); }
    public long kpiId() { return parts.kpiId(); }
    public Duration escalateAfter() { return parts.escalateAfter(); }
    public List<String> stages() { return parts.stages(); }
    /** What changed since the rule was defined or read, in order: "created", part names, "archived", "restored". */
    public List<String> unsavedChanges() { return List.copyOf(unsavedChanges); }
    public List<Outcome> outcomes() { return Outcome.allowedIn(area); }
}
