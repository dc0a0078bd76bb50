package com.followup.web.lead;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures.Counted;
import com.followup.domain.lead.LeadStatus;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which leads the list behind a figure shows: the figure ({@code counted}), the days the leads arrived (both
 * included), one source or owner, and what the figure narrows to (a status, a funnel step, why people stopped, the
 * week their first lead came). A range that cannot be read is this month; a week that is not a Monday is ignored.
 */
public class CountedLeadsFilter {

    private Counted counted = Counted.ARRIVED;
    private LocalDate from;
    private LocalDate to;
    private Long source;
    private Long owner;
    private LeadStatus status;
    private FunnelStep step;
    private FunnelStep.Stop stop;
    private LocalDate week;
    private int page;

    DateRange range(LocalDate today, ZoneId zone) {
        DateRange range = DateRange.chosenOrMonth(from, to, today, zone);
        from = range.from();
        to = range.last();
        if (week != null && (week.getDayOfWeek() != DayOfWeek.MONDAY || !DateRange.isReadable(week))) {
            week = null;
        }
        if (counted.ofPeople() && step == null) {
            step = FunnelStep.NEW;
        }
        if (counted == Counted.STOPPED && stop == null) {
            stop = FunnelStep.Stop.STILL_OPEN;
        }
        return range;
    }

    public Counted getCounted() { return counted; }
    public void setCounted(Counted counted) { this.counted = counted == null ? Counted.ARRIVED : counted; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public Long getSource() { return source; }
    public void setSource(Long source) { this.source = source; }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public LeadStatus getStatus() { return status; }
    public void setStatus(LeadStatus status) { this.status = status; }
    public FunnelStep getStep() { return step; }
    public void setStep(FunnelStep step) { this.step = step; }
    public FunnelStep.Stop getStop() { return stop; }
    public void setStop(FunnelStep.Stop stop) { this.stop = stop; }
    public LocalDate getWeek() { return week; }
    public void setWeek(LocalDate week) { this.week = week; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(page, 0); }
}
