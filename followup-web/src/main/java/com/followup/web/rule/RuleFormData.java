package com.followup.web.rule;

import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.ItemTerm;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The rule form exactly as typed; {@link #toDraft(Long)} turns it into the domain's draft. */
public class RuleFormData {

    public static final String NEW_KPI = "new";

    private Area area;
    private String topic = "";
    /** Set when the director confirms a rule almost identical to one the area already has. */
    private boolean defineAnyway;
    private String objective = "";
    private TimeAllowed.Kind timeAllowedKind = TimeAllowed.Kind.FIXED;
    private Integer timeAllowedAmount;
    private PeriodUnit timeAllowedUnit = PeriodUnit.MONTHS;
    private ItemTerm timeAllowedTerm;
    private Frequency.Kind frequencyKind = Frequency.Kind.EVERY_N_WEEKS;
    private Integer frequencyEvery = 1;
    private Set<DayOfWeek> frequencyWeekdays = EnumSet.noneOf(DayOfWeek.class);
    private Integer frequencyMonthDay;
    private boolean workingDaysOnly;
    private RuleOwner.Kind ownerKind = RuleOwner.Kind.ROLE;
    private Long ownerUserId;
    private String ownerRole = "";
    private String reportedIn = "";
    private String boardLink = "";
    private String kpiChoice = "";
    private String newKpiName = "";
    private String newKpiUnit = "";
    private String newKpiTarget = "";
    private String newKpiPeriod = "MONTH";
    private Integer escalateAmount = 2;
    private String escalateUnit = "DAYS";
    private String stages = "";
    private long version;

    static RuleFormData of(FollowUpRule rule) {
        RuleFormData form = new RuleFormData();
        RuleDraft parts = rule.parts();
        form.area = parts.area();
        form.topic = parts.topic();
        form.objective = parts.objective();
        TimeAllowed.Parts timeAllowed = parts.timeAllowed().parts();
        form.timeAllowedKind = timeAllowed.kind();
        form.timeAllowedAmount = timeAllowed.amount();
        form.timeAllowedUnit = timeAllowed.unit() == null ? form.timeAllowedUnit : timeAllowed.unit();
        form.timeAllowedTerm = timeAllowed.term();
        form.copyFrequency(parts.frequency().parts());
        RuleOwner.Parts owner = parts.owner().parts();
        form.ownerKind = owner.kind();
        form.ownerUserId = owner.userId();
        form.ownerRole = owner.roleName() == null ? "" : owner.roleName();
        form.reportedIn = parts.reportedIn().where();
        form.boardLink = parts.reportedIn().boardLink() == null ? "" : parts.reportedIn().boardLink();
        form.kpiChoice = String.valueOf(parts.kpiId());
        Duration escalation = parts.escalateAfter();
        boolean wholeDays = escalation.toHours() % 24 == 0;
        form.escalateAmount = (int) (wholeDays ? escalation.toDays() : escalation.toHours());
        form.escalateUnit = wholeDays ? "DAYS" : "HOURS";
        form.stages = String.join("\n", parts.stages());
        form.version = rule.version();
        return form;
    }

    /** The parts the frequency's kind does not use keep the form's defaults, ready if the kind is changed. */
    private void copyFrequency(Frequency.Parts frequency) {
        frequencyKind = frequency.kind();
        workingDaysOnly = frequency.workingDaysOnly();
        frequencyEvery = frequency.every() == null ? frequencyEvery : frequency.every();
        frequencyWeekdays = EnumSet.noneOf(DayOfWeek.class);
        frequencyWeekdays.addAll(frequency.weekdays());
        frequencyMonthDay = frequency.dayOfMonth();
    }

    /** The domain's draft of this form; what is missing or unreadable stays null for the domain to report. */
    RuleDraft toDraft(Long kpiId) {
        return new RuleDraft(area, topic, objective, timeAllowed(), frequency(), owner(),
                new ReportedIn(reportedIn, boardLink), kpiId, escalateAfter(), area == Area.SALES ? stageList() : List.of());
    }

    boolean wantsNewKpi() {
        return NEW_KPI.equals(kpiChoice);
    }

    Long chosenKpiId() {
        try {
            return kpiChoice == null || kpiChoice.isBlank() || wantsNewKpi() ? null : Long.valueOf(kpiChoice);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private TimeAllowed timeAllowed() {
        return new TimeAllowed.Parts(timeAllowedKind, timeAllowedAmount, timeAllowedUnit, timeAllowedTerm).toTimeAllowed();
    }

    private Frequency frequency() {
        return new Frequency.Parts(frequencyKind, frequencyEvery, frequencyWeekdays, frequencyMonthDay, workingDaysOnly)
                .toFrequency();
    }

    private RuleOwner owner() {
        return new RuleOwner.Parts(ownerKind, ownerUserId, ownerRole).toOwner();
    }

    private Duration escalateAfter() {
        if (escalateAmount == null) {
            return null;
        }
        return "HOURS".equals(escalateUnit) ? Duration.ofHours(escalateAmount) : Duration.ofDays(escalateAmount);
    }

    private List<String> stageList() {
        if (stages == null || stages.isBlank()) {
            return List.of();
        }
        List<String> lines = Arrays.stream(stages.strip().split("\\R")).map(String::strip).toList();
        return lines;
    }

    public boolean isDefineAnyway() { return defineAnyway; }
    public void setDefineAnyway(boolean defineAnyway) { this.defineAnyway = defineAnyway; }
    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getObjective() { return objective; }
    public void setObjective(String objective) { this.objective = objective; }
    public TimeAllowed.Kind getTimeAllowedKind() { return timeAllowedKind; }
    public void setTimeAllowedKind(TimeAllowed.Kind timeAllowedKind) { this.timeAllowedKind = timeAllowedKind; }
    public Integer getTimeAllowedAmount() { return timeAllowedAmount; }
    public void setTimeAllowedAmount(Integer timeAllowedAmount) { this.timeAllowedAmount = timeAllowedAmount; }
    public PeriodUnit getTimeAllowedUnit() { return timeAllowedUnit; }
    public void setTimeAllowedUnit(PeriodUnit timeAllowedUnit) { this.timeAllowedUnit = timeAllowedUnit; }
    public ItemTerm getTimeAllowedTerm() { return timeAllowedTerm; }
    public void setTimeAllowedTerm(ItemTerm timeAllowedTerm) { this.timeAllowedTerm = timeAllowedTerm; }
    public Frequency.Kind getFrequencyKind() { return frequencyKind; }
    public void setFrequencyKind(Frequency.Kind frequencyKind) { this.frequencyKind = frequencyKind; }
    public Integer getFrequencyEvery() { return frequencyEvery; }
    public void setFrequencyEvery(Integer frequencyEvery) { this.frequencyEvery = frequencyEvery; }
    public Set<DayOfWeek> getFrequencyWeekdays() { return frequencyWeekdays; }
    public void setFrequencyWeekdays(Set<DayOfWeek> days) {
        this.frequencyWeekdays = EnumSet.noneOf(DayOfWeek.class);
        if (days != null) {
            days.stream().filter(Objects::nonNull).forEach(this.frequencyWeekdays::add);
        }
    }
    public Integer getFrequencyMonthDay() { return frequencyMonthDay; }
    public void setFrequencyMonthDay(Integer frequencyMonthDay) { this.frequencyMonthDay = frequencyMonthDay; }
    public boolean isWorkingDaysOnly() { return workingDaysOnly; }
    public void setWorkingDaysOnly(boolean workingDaysOnly) { this.workingDaysOnly = workingDaysOnly; }
    public RuleOwner.Kind getOwnerKind() { return ownerKind; }
    public void setOwnerKind(RuleOwner.Kind ownerKind) { this.ownerKind = ownerKind; }
    public Long getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(Long ownerUserId) { this.ownerUserId = ownerUserId; }
    public String getOwnerRole() { return ownerRole; }
    public void setOwnerRole(String ownerRole) { this.ownerRole = ownerRole; }
    public String getReportedIn() { return reportedIn; }
    public void setReportedIn(String reportedIn) { this.reportedIn = reportedIn; }
    public String getBoardLink() { return boardLink; }
    public void setBoardLink(String boardLink) { this.boardLink = boardLink; }
    public String getKpiChoice() { return kpiChoice; }
    public void setKpiChoice(String kpiChoice) { this.kpiChoice = kpiChoice; }
    public String getNewKpiName() { return newKpiName; }
    public void setNewKpiName(String newKpiName) { this.newKpiName = newKpiName; }
    public String getNewKpiUnit() { return newKpiUnit; }
    public void setNewKpiUnit(String newKpiUnit) { this.newKpiUnit = newKpiUnit; }
    public String getNewKpiTarget() { return newKpiTarget; }
    public void setNewKpiTarget(String newKpiTarget) { this.newKpiTarget = newKpiTarget; }
    public String getNewKpiPeriod() { return newKpiPeriod; }
    public void setNewKpiPeriod(String newKpiPeriod) { this.newKpiPeriod = newKpiPeriod; }
    public Integer getEscalateAmount() { return escalateAmount; }
    public void setEscalateAmount(Integer escalateAmount) { this.escalateAmount = escalateAmount; }
    public String getEscalateUnit() { return escalateUnit; }
    public void setEscalateUnit(String escalateUnit) { this.escalateUnit = escalateUnit; }
    public String getStages() { return stages; }
    public void setStages(String stages) { this.stages = stages; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
