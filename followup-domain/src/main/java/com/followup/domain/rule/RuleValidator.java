package com.followup.domain.rule;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.area.Area;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks that every part of a rule is present and that the parts agree with each other. */
public final class RuleValidator {

    public static final int MAX_TOPIC = 120;
    public static final int MAX_OBJECTIVE = 300;
    public static final int MAX_REPORTED_IN = 200;
    public static final int MAX_ROLE = 60;
    static final Duration MAX_ESCALATION = Duration.ofDays(90);
    /** No follow-up is planned further ahead than this: beyond it a rule is a typing mistake. */
    static final int LONGEST_TIME_ALLOWED_YEARS = 5;
    static final Duration LONGEST_TIME_ALLOWED = Duration.ofDays(365L * LONGEST_TIME_ALLOWED_YEARS + 2);
    static final int MOST_STAGES = 20;

    private RuleValidator() {
    }

    public static List<Violation> validate(RuleDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.area() == null) {
            violations.add(new Violation("area", "field.required"));
        }
        checkText(draft.topic(), "topic", MAX_TOPIC, violations);
        checkText(draft.objective(), "objective", MAX_OBJECTIVE, violations);
        checkTimeAllowed(draft.timeAllowed(), violations);
        checkFrequency(draft, violations);
        checkOwner(draft.owner(), violations);
        checkReportedIn(draft.reportedIn(), violations);
        if (draft.kpiId() == null) {
            violations.add(new Violation("kpiId", "field.required"));
        }
        checkEscalation(draft.escalateAfter(), violations);
        checkStages(draft.area(), draft.stages(), violations);
        return List.copyOf(violations);
    }

    private static void checkText(String value, String field, int max, List<Violation> violations) {
        Text.required(value, field, max, violations);
    }

    private static void checkTimeAllowed(TimeAllowed timeAllowed, List<Violation> violations) {
        TimeAllowed.Parts parts = timeAllowed == null ? null : timeAllowed.parts();
        boolean missing = parts == null || switch (parts.kind()) {
            case FIXED -> parts.unit() == null;
            case FROM_ITEM -> parts.term() == null;
        };
        if (missing) {
            violations.add(new Violation("timeAllowed", "field.required"));
        } else if (parts.kind() == TimeAllowed.Kind.FIXED && parts.amount() < 1) {
            violations.add(new Violation("timeAllowed", "rule.validation.positive"));
        } else if (timeAllowed instanceof TimeAllowed.FixedPeriod fixed && fixed.shortest().compareTo(LONGEST_TIME_ALLOWED) > 0) {
            violations.add(new Violation("timeAllowed", "rule.validation.timeAllowedTooLong", List.of(LONGEST_TIME_ALLOWED_YEARS)));
        }
    }

    private static void checkFrequency(RuleDraft draft, List<Violation> violations) {
        Frequency frequency = draft.frequency();
        if (frequency == null) {
            violations.add(new Violation("frequency", "field.required"));
            return;
        }
        Frequency.Parts parts = frequency.parts();
        String problem = switch (parts.kind()) {
            case EVERY_N_DAYS, EVERY_N_WEEKS, EVERY_N_HOURS -> parts.every() < 1 ? "rule.validation.positive" : null;
            case ON_WEEKDAYS -> parts.weekdays().isEmpty() ? "rule.validation.weekdays" : null;
            case MONTHLY_ON_DAY -> parts.dayOfMonth() < 1 || parts.dayOfMonth() > 31 ? "rule.validation.monthDay" : null;
        };
        if (problem == null && frequency.approximateInterval().compareTo(LONGEST_TIME_ALLOWED) > 0) {
            problem = "rule.validation.frequencyTooLong";
        }
        if (problem != null) {
            violations.add(new Violation("frequency", problem, problem.endsWith("TooLong") ? List.of(LONGEST_TIME_ALLOWED_YEARS) : List.of()));
        } else if (draft.timeAllowed() instanceof TimeAllowed.FixedPeriod fixed && fixed.unit() != null && fixed.amount() > 0
                && frequency.approximateInterval().compareTo(fixed.shortest()) >= 0) {
            violations.add(new Violation("frequency", "rule.validation.frequencyNotShorter"));
        }
    }

    private static void checkOwner(RuleOwner owner, List<Violation> violations) {
        if (owner == null) {
            violations.add(new Violation("owner", "field.required"));
            return;
        }
        boolean byRole = switch (owner.parts().kind()) {
            case PERSON -> false;
            case ROLE -> true;
        };
        if (byRole) {
            checkText(owner.parts().roleName(), "owner", MAX_ROLE, violations);
        }
    }

    private static void checkReportedIn(ReportedIn reportedIn, List<Violation> violations) {
        if (reportedIn == null) {
            violations.add(new Violation("reportedIn", "field.required"));
            return;
        }
        checkText(reportedIn.where(), "reportedIn", MAX_REPORTED_IN, violations);
        String link = reportedIn.boardLink();
        if (link != null && !link.isBlank() && !ReportedIn.isPathInsideApp(link)) {
            violations.add(new Violation("reportedIn", "rule.validation.boardLink"));
        }
    }

    private static void checkEscalation(Duration escalateAfter, List<Violation> violations) {
        if (escalateAfter == null) {
            violations.add(new Violation("escalateAfter", "field.required"));
        } else if (escalateAfter.toMinutes() < 1 || escalateAfter.compareTo(MAX_ESCALATION) > 0) { // kept in whole minutes
            violations.add(new Violation("escalateAfter", "rule.validation.escalation", List.of(MAX_ESCALATION.toDays())));
        }
    }

    /** Only Sales items move through stages; other areas are followed by status and deadline. */
    private static void checkStages(Area area, List<String> stages, List<Violation> violations) {
        if (area != Area.SALES) {
            if (!stages.isEmpty()) {
                violations.add(new Violation("stages", "rule.validation.stagesOnlySales"));
            }
            return;
        }
        if (stages.isEmpty()) {
            violations.add(new Violation("stages", "rule.validation.stagesRequired"));
            return;
        }
        if (stages.size() > MOST_STAGES) {
            violations.add(new Violation("stages", "rule.validation.tooManyStages", List.of(MOST_STAGES)));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String stage : stages) {
            if (stage.isBlank()) {
                violations.add(new Violation("stages", "rule.validation.stageBlank"));
                return;
            }
            int before = violations.size();
            Text.required(stage, "stages", 60, violations);
            if (violations.size() > before) {
                return;
            }
            if (!seen.add(stage.toLowerCase(Locale.ROOT))) {
                violations.add(new Violation("stages", "rule.validation.stageDuplicate", List.of(stage)));
                return;
            }
        }
    }
}
