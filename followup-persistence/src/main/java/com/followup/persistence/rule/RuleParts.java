package com.followup.persistence.rule;

import com.followup.domain.area.Area;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.RuleStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The columns a rule and each of its revisions share. */
@Embeddable
class RuleParts {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    Area area;

    @Column(nullable = false)
    String topic;

    @Column(nullable = false)
    String objective;

    @Column(name = "time_allowed_amount")
    Integer timeAllowedAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_allowed_unit")
    PeriodUnit timeAllowedUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_allowed_term")
    ItemTerm timeAllowedTerm;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency_kind", nullable = false)
    Frequency.Kind frequencyKind;

    @Column(name = "frequency_every")
    Integer frequencyEvery;

    @Column(name = "frequency_weekdays")
    String frequencyWeekdays;

    @Column(name = "frequency_month_day")
    Integer frequencyMonthDay;

    @Column(name = "working_days_only", nullable = false)
    boolean workingDaysOnly;

    @Column(name = "owner_user_id")
    Long ownerUserId;

    @Column(name = "owner_role")
    String ownerRole;

    @Column(name = "reported_in", nullable = false)
    String reportedIn;

    @Column(name = "board_link")
    String boardLink;

    @Column(name = "kpi_id", nullable = false)
    long kpiId;

    @Column(name = "escalate_after_mins", nullable = false)
    int escalateAfterMinutes;

    /** One stage per line. */
    @Column(nullable = false)
    String stages;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RuleStatus status;
}
