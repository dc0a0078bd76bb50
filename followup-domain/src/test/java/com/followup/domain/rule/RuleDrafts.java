package com.followup.domain.rule;

import com.followup.domain.area.Area;

import java.time.Duration;
import java.util.List;

/** Valid drafts of the source article's rules, to change one part at a time in tests. */
final class RuleDrafts {

    private RuleDrafts() {
    }

    static RuleDraft salesNewProspects() {
        return new RuleDraft(Area.SALES, "New prospects", "Close the sale",
                new TimeAllowed.FixedPeriod(2, PeriodUnit.MONTHS), new Frequency.EveryNWeeks(1, false),
                new RuleOwner.AreaRole("seller"), new ReportedIn("the CRM", null), 1L, Duration.ofDays(2),
                List.of("First meeting", "Proposal", "Negotiation"));
    }

    static RuleDraft administrationCollections() {
        return new RuleDraft(Area.ADMINISTRATION, "Collections", "Collect",
                new TimeAllowed.FromItem(ItemTerm.CREDIT_TERMS), new Frequency.EveryNWeeks(1, true),
                new RuleOwner.AreaRole("collections"), new ReportedIn("Receivables board", "/boards/administration"),
                2L, Duration.ofDays(3), List.of());
    }

    static RuleDraft with(RuleDraft d, String field, Object value) {
        return new RuleDraft(
                field.equals("area") ? (Area) value : d.area(),
                field.equals("topic") ? (String) value : d.topic(),
                field.equals("objective") ? (String) value : d.objective(),
                field.equals("timeAllowed") ? (TimeAllowed) value : d.timeAllowed(),
                field.equals("frequency") ? (Frequency) value : d.frequency(),
                field.equals("owner") ? (RuleOwner) value : d.owner(),
                field.equals("reportedIn") ? (ReportedIn) value : d.reportedIn(),
                field.equals("kpiId") ? (Long) value : d.kpiId(),
                field.equals("escalateAfter") ? (Duration) value : d.escalateAfter(),
                field.equals("stages") ? castList(value) : d.stages());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
