package com.followup.domain.dashboard;

import java.util.Optional;

/**
 * A KPI read beside the compliance of the rules that move it, for the manager in one line: a goal met is kept going;
 * a goal missed while its follow-ups are done on time says the rule may be wrong; a goal missed with its follow-ups
 * behind says the follow-up is not being done.
 */
public enum KpiReading {
    KEEP_GOING, RULE_MAY_BE_WRONG, FOLLOW_UP_NOT_DONE;

    /**
     * {@code kpiOnTarget} null when the KPI has no value in the period; a missed goal reads nothing while none of its
     * rules' follow-ups fell due, since there is no discipline to read.
     */
    public static Optional<KpiReading> of(Boolean kpiOnTarget, Compliance rules) {
        if (kpiOnTarget == null) {
            return Optional.empty();
        }
        if (kpiOnTarget) {
            return Optional.of(KEEP_GOING);
        }
        if (rules == null || !rules.onTimeRate().hasData()) {
            return Optional.empty();
        }
        return Optional.of(rules.behind() ? FOLLOW_UP_NOT_DONE : RULE_MAY_BE_WRONG);
    }
}
