package com.followup.domain.rule;

import com.followup.domain.Violation;
import com.followup.domain.area.Area;

import java.time.Duration;
import java.util.List;

/**
 * A rule as someone typed it, before it is checked: any part may be missing.
 * Field names are the names {@link Violation}s point at.
 */
public record RuleDraft(Area area, String topic, String objective, TimeAllowed timeAllowed, Frequency frequency,
                        RuleOwner owner, ReportedIn reportedIn, Long kpiId, Duration escalateAfter,
                        List<String> stages) {

    public RuleDraft {
        stages = stages == null ? List.of() : stages.stream().map(s -> s == null ? "" : s.strip()).toList();
    }
}
