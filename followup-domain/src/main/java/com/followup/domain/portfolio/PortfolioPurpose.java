package com.followup.domain.portfolio;

import com.followup.domain.area.Area;
import com.followup.domain.rule.Frequency;
import com.followup.domain.rule.PeriodUnit;
import com.followup.domain.rule.ReportedIn;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.TimeAllowed;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a portfolio rule of the Sales area is for: serving the customers of one segment at the matrix's rhythm, or
 * asking a lapsed customer why no order came. The account owner does each customer's follow-ups.
 */
public enum PortfolioPurpose {
    SEGMENT_A, SEGMENT_B, SEGMENT_C, LAPSE;

    /**
     * The title stored on the items generated under each kind of portfolio rule, as data (searchable, in exports of
     * the table); pages, CSVs and notices name such an item by its {@code ItemPurpose} in the reader's language.
     */
    public static final String SERVICE_TITLE = "Service contact";
    public static final String LAPSE_TITLE = "Why no order?";
    /** Service items are followed for as long as the relationship lasts; the longest time a rule allows. */
    static final TimeAllowed.FixedPeriod SERVICE_TIME = new TimeAllowed.FixedPeriod(60, PeriodUnit.MONTHS);
    static final TimeAllowed.FixedPeriod LAPSE_TIME = new TimeAllowed.FixedPeriod(1, PeriodUnit.MONTHS);
    static final int LAPSE_EVERY_DAYS = 7;

    public static PortfolioPurpose of(Segment segment) {
        return valueOf("SEGMENT_" + segment.name());
    }

    /** The segment served, or null for lapses. */
    public Segment segment() {
        return this == LAPSE ? null : Segment.valueOf(name().substring("SEGMENT_".length()));
    }

    /** The last moment an item of this purpose started at {@code start} may run, as its rule allows. */
    public ZonedDateTime deadlineFrom(ZonedDateTime start) {
        return (this == LAPSE ? LAPSE_TIME : SERVICE_TIME).deadlineFrom(start);
    }

    /** The rule this purpose asks for under {@code matrix}: its frequency is the segment's rhythm. */
    public RuleDraft rule(ServiceMatrix matrix, long kpiId) {
        RuleOwner owner = new RuleOwner.AreaRole("account owner");
        ReportedIn reportedIn = new ReportedIn("the portfolio", "/portfolio");
        if (this == LAPSE) {
            return new RuleDraft(Area.SALES, "Lapsed customers", "Learn why no order came and win the customer back",
                    LAPSE_TIME, new Frequency.EveryNDays(LAPSE_EVERY_DAYS, false), owner, reportedIn, kpiId,
                    Duration.ofDays(3), List.of(LAPSE_TITLE));
        }
        return new RuleDraft(Area.SALES, "Service, segment " + segment(),
                "Contact every segment " + segment() + " customer within their rhythm", SERVICE_TIME,
                matrix.rhythm(segment()), owner, reportedIn, kpiId, Duration.ofDays(7), List.of("In service"));
    }
}
