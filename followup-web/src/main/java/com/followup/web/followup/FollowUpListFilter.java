package com.followup.web.followup;

import com.followup.domain.area.Area;
import com.followup.domain.dashboard.DateRange;
import com.followup.domain.dashboard.FigureRows.CountedFollowUps;
import com.followup.web.account.SignedInUser;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the follow-ups list shows: an area, whose follow-ups ("all" or a person's id), which rule, which figure's
 * follow-ups and the days, both included. Staff see their own only; a range that cannot be read is this month.
 */
public class FollowUpListFilter {

    private Area area;
    private String person;
    private Long rule;
    private Long kpi;
    private CountedFollowUps counted = CountedFollowUps.FELL_DUE;
    private LocalDate from;
    private LocalDate to;
    private int page;

    Area shownArea(SignedInUser me) {
        area = area != null && me.actor().canSee(area) ? area : me.defaultArea();
        return area;
    }

    /** A manager of the area chooses anyone or everyone; anyone else sees their own follow-ups. */
    Long personId(SignedInUser me) {
        if (!me.actor().canManage(area)) {
            person = String.valueOf(me.id());
            return me.id();
        }
        if (person == null || person.isBlank() || "all".equals(person)) {
            person = "all";
            return null;
        }
        try {
            return Long.valueOf(person);
        } catch (NumberFormatException e) {
            person = "all";
            return null;
        }
    }

    DateRange range(LocalDate today, ZoneId zone) {
        DateRange range = DateRange.chosenOrMonth(from, to, today, zone);
        from = range.from();
        to = range.last();
        return range;
    }

    public Area getArea() { return area; }
    public void setArea(Area area) { this.area = area; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public Long getRule() { return rule; }
    public void setRule(Long rule) { this.rule = rule; }
    public Long getKpi() { return kpi; }
    public void setKpi(Long kpi) { this.kpi = kpi; }
    public CountedFollowUps getCounted() { return counted; }
    public void setCounted(CountedFollowUps counted) { this.counted = counted == null ? CountedFollowUps.FELL_DUE : counted; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, Math.min(page, 100_000)); }
}
