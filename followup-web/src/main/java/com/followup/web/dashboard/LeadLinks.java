package com.followup.web.dashboard;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.kpi.Metric;
import com.followup.domain.lead.FunnelStep;
import com.followup.domain.lead.LeadFigures.Counted;
import com.followup.domain.lead.LeadStatus;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;

/** Where each lead figure leads: the list of the leads (or people) it counts, for the same days. */
public record LeadLinks(DateRange range) {

    /** The same figures for other days: a week of the trend, or today on the board. */
    public LeadLinks in(DateRange days) {
        return new LeadLinks(days);
    }

    public String leads(String counted) {
        return of(Counted.valueOf(counted)).toUriString();
    }

    public String ofOwner(String counted, long owner) {
        return of(Counted.valueOf(counted)).queryParam("owner", owner).toUriString();
    }

    public String ofSource(String counted, long source) {
        return of(Counted.valueOf(counted)).queryParam("source", source).toUriString();
    }

    /** A source's leads now in a status; all of them when {@code status} is null. */
    public String inStatus(Long source, LeadStatus status) {
        UriComponentsBuilder uri = of(Counted.ARRIVED);
        if (source != null) {
            uri.queryParam("source", source);
        }
        if (status != null) {
            uri.queryParam("status", status);
        }
        return uri.toUriString();
    }

    /** People who reached a step; of one week when {@code week} is given. */
    public String reached(FunnelStep step, LocalDate week) {
        UriComponentsBuilder uri = of(Counted.REACHED).queryParam("step", step);
        return (week == null ? uri : uri.queryParam("week", week)).toUriString();
    }

    public String stopped(FunnelStep step, FunnelStep.Stop stop, LocalDate week) {
        UriComponentsBuilder uri = of(Counted.STOPPED).queryParam("step", step).queryParam("stop", stop);
        return (week == null ? uri : uri.queryParam("week", week)).toUriString();
    }

    /**
     * The leads behind a lead KPI, of one owner when {@code owner} is given: the people who reached the step, the
     * leads with a meeting held, those that met their deadline, those answered (behind the median) or those rejected.
     */
    public String behind(Metric metric, Long owner) {
        UriComponentsBuilder uri = switch (metric) {
            case LEAD_MEETINGS_BOOKED -> of(Counted.REACHED).queryParam("step", FunnelStep.MEETING_BOOKED);
            case LEADS_QUALIFIED -> of(Counted.REACHED).queryParam("step", FunnelStep.QUALIFIED);
            case LEAD_MEETINGS_HELD -> of(Counted.MEETING_HELD);
            case LEADS_ANSWERED_IN_TIME -> of(Counted.DEADLINE_MET);
            case LEAD_MEDIAN_FIRST_RESPONSE -> of(Counted.ANSWERED);
            case LEADS_REJECTED_SHARE -> of(Counted.ARRIVED).queryParam("status", LeadStatus.DISQUALIFIED);
            default -> throw new IllegalArgumentException(metric + " is not counted from leads");
        };
        return (owner == null ? uri : uri.queryParam("owner", owner)).toUriString();
    }

    private UriComponentsBuilder of(Counted counted) {
        return UriComponentsBuilder.fromPath("/leads/counted").queryParam("counted", counted)
                .queryParam("from", range.from()).queryParam("to", range.last());
    }
}
