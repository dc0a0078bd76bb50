package com.followup.persistence.rule;

import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RuleStatus;
import com.followup.domain.rule.TimeAllowed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Between a rule's parts in the domain and its columns. */
final class RuleMapper {

    private RuleMapper() {
    }

    static void copy(RuleDraft draft, RuleStatus status, RuleParts parts) {
        parts.area = draft.area();
        parts.topic = draft.topic();
        parts.objective = draft.objective();
        TimeAllowed.Parts timeAllowed = draft.timeAllowed().parts();
        parts.timeAllowedAmount = timeAllowed.amount();
        parts.timeAllowedUnit = timeAllowed.unit();
        parts.timeAllowedTerm = timeAllowed.term();
        Frequency.Parts frequency = draft.frequency().parts();
        parts.frequencyKind = frequency.kind();
        parts.frequencyEvery = frequency.every();
        parts.frequencyWeekdays = frequency.weekdays().isEmpty() ? null
                : frequency.weekdaysInOrder().stream().map(Enum::name).collect(Collectors.joining(","));
        parts.frequencyMonthDay = frequency.dayOfMonth();
        parts.workingDaysOnly = frequency.workingDaysOnly();
        RuleOwner.Parts owner = draft.owner().parts();
        parts.ownerUserId = owner.userId();
        parts.ownerRole = owner.roleName();
        parts.reportedIn = draft.reportedIn().where();
        parts.boardLink = draft.reportedIn().boardLink();
        parts.kpiId = draft.kpiId();
        parts.escalateAfterMinutes = Math.toIntExact(draft.escalateAfter().toMinutes());
        parts.stages = String.join("\n", draft.stages());
        parts.status = status;
    }

    static RuleParts copyOf(RuleParts source) {
        RuleParts copy = new RuleParts();
        copy.area = source.area;
        copy.topic = source.topic;
        copy.objective = source.objective;
        copy.timeAllowedAmount = source.timeAllowedAmount;
        copy.timeAllowedUnit = source.timeAllowedUnit;
        copy.timeAllowedTerm = source.timeAllowedTerm;
        copy.frequencyKind = source.frequencyKind;
        copy.frequencyEvery = source.frequencyEvery;
        copy.frequencyWeekdays = source.frequencyWeekdays;
        copy.frequencyMonthDay = source.frequencyMonthDay;
        copy.workingDaysOnly = source.workingDaysOnly;
        copy.ownerUserId = source.ownerUserId;
        copy.ownerRole = source.ownerRole;
        copy.reportedIn = source.reportedIn;
        copy.boardLink = source.boardLink;
        copy.kpiId = source.kpiId;
        copy.escalateAfterMinutes = source.escalateAfterMinutes;
        copy.stages = source.stages;
        copy.status = source.status;
        return copy;
    }

    static RuleDraft toDraft(RuleParts parts) {
        // the columns filled say the kind: a term for a time allowed from the item, a person for a named owner
        TimeAllowed timeAllowed = new TimeAllowed.Parts(
                parts.timeAllowedTerm != null ? TimeAllowed.Kind.FROM_ITEM : TimeAllowed.Kind.FIXED,
                parts.timeAllowedAmount, parts.timeAllowedUnit, parts.timeAllowedTerm).toTimeAllowed();
        RuleOwner owner = new RuleOwner.Parts(parts.ownerUserId != null ? RuleOwner.Kind.PERSON : RuleOwner.Kind.ROLE,
                parts.ownerUserId, parts.ownerRole).toOwner();
        Frequency frequency = new Frequency.Parts(parts.frequencyKind, parts.frequencyEvery,
                parts.frequencyWeekdays == null ? Set.of() : Arrays.stream(parts.frequencyWeekdays.split(","))
                        .map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                parts.frequencyMonthDay, parts.workingDaysOnly).toFrequency();
        List<String> stages = parts.stages.isEmpty() ? List.of() : List.of(parts.stages.split("\n"));
        return new RuleDraft(parts.area, parts.topic, parts.objective, timeAllowed, frequency, owner,
                new ReportedIn(parts.reportedIn, parts.boardLink), parts.kpiId,
                Duration.ofMinutes(parts.escalateAfterMinutes), stages);
    }
}
