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
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Between a rule's parts in the domain and its columns. */
final class RuleMapper {

    private RuleMapper() {
    }

    static void copy(RuleDraft draft, RuleStatus status, RuleParts parts) {
        parts.area = draft.area();
        parts.topic = draft.topic();
        parts.objective = draft.objective();
        parts.timeAllowedAmount = null;
        parts.timeAllowedUnit = null;
        parts.timeAllowedTerm = null;
        if (draft.timeAllowed() instanceof TimeAllowed.FixedPeriod fixed) {
            parts.timeAllowedAmount = fixed.amount();
            parts.timeAllowedUnit = fixed.unit();
        } else if (draft.timeAllowed() instanceof TimeAllowed.FromItem fromItem) {
            parts.timeAllowedTerm = fromItem.term();
        }
        copyFrequency(draft.frequency(), parts);
        parts.ownerUserId = draft.owner() instanceof RuleOwner.NamedPerson person ? person.userId() : null;
        parts.ownerRole = draft.owner() instanceof RuleOwner.AreaRole role ? role.roleName() : null;
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
        TimeAllowed timeAllowed = parts.timeAllowedTerm != null
                ? new TimeAllowed.FromItem(parts.timeAllowedTerm)
                : new TimeAllowed.FixedPeriod(parts.timeAllowedAmount, parts.timeAllowedUnit);
        RuleOwner owner = parts.ownerUserId != null
                ? new RuleOwner.NamedPerson(parts.ownerUserId) : new RuleOwner.AreaRole(parts.ownerRole);
        List<String> stages = parts.stages.isEmpty() ? List.of() : List.of(parts.stages.split("\n"));
        return new RuleDraft(parts.area, parts.topic, parts.objective, timeAllowed, frequency(parts), owner,
                new ReportedIn(parts.reportedIn, parts.boardLink), parts.kpiId,
                Duration.ofMinutes(parts.escalateAfterMinutes), stages);
    }

    private static void copyFrequency(Frequency frequency, RuleParts parts) {
        parts.workingDaysOnly = frequency.workingDaysOnly();
        parts.frequencyEvery = null;
        parts.frequencyWeekdays = null;
        parts.frequencyMonthDay = null;
        if (frequency instanceof Frequency.EveryNDays f) {
            parts.frequencyKind = "EVERY_N_DAYS";
            parts.frequencyEvery = f.days();
        } else if (frequency instanceof Frequency.EveryNWeeks f) {
            parts.frequencyKind = "EVERY_N_WEEKS";
            parts.frequencyEvery = f.weeks();
        } else if (frequency instanceof Frequency.EveryNHours f) {
            parts.frequencyKind = "EVERY_N_HOURS";
            parts.frequencyEvery = f.hours();
        } else if (frequency instanceof Frequency.OnWeekdays f) {
            parts.frequencyKind = "ON_WEEKDAYS";
            parts.frequencyWeekdays = EnumSet.copyOf(f.days()).stream().map(Enum::name).collect(Collectors.joining(","));
        } else if (frequency instanceof Frequency.MonthlyOnDay f) {
            parts.frequencyKind = "MONTHLY_ON_DAY";
            parts.frequencyMonthDay = f.dayOfMonth();
        }
    }

    private static Frequency frequency(RuleParts parts) {
        return switch (parts.frequencyKind) {
            case "EVERY_N_DAYS" -> new Frequency.EveryNDays(parts.frequencyEvery, parts.workingDaysOnly);
            case "EVERY_N_WEEKS" -> new Frequency.EveryNWeeks(parts.frequencyEvery, parts.workingDaysOnly);
            case "EVERY_N_HOURS" -> new Frequency.EveryNHours(parts.frequencyEvery, parts.workingDaysOnly);
            case "ON_WEEKDAYS" -> new Frequency.OnWeekdays(Arrays.stream(parts.frequencyWeekdays.split(","))
                    .map(DayOfWeek::valueOf).collect(Collectors.toSet()), parts.workingDaysOnly);
            case "MONTHLY_ON_DAY" -> new Frequency.MonthlyOnDay(parts.frequencyMonthDay, parts.workingDaysOnly);
            default -> throw new IllegalStateException("unknown frequency " + parts.frequencyKind);
        };
    }
}
