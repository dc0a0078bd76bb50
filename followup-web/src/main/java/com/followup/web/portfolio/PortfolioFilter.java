package com.followup.web.portfolio;

import com.followup.domain.dashboard.DateRange;
import com.followup.domain.portfolio.Health;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerQuery;
import com.followup.domain.portfolio.RfmGroup;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What the portfolio's filter form sends; an empty choice takes everyone. A dashboard's link adds the figure it
 * counts ({@code counted} with its days or kept month), kept through the filters, pages and CSV.
 */
public class PortfolioFilter {

    private Segment segment;
    private RfmGroup group;
    private Long owner;
    private ServiceChannel channel;
    private Health.Band health;
    private Boolean lapsed;
    private Boolean covered;
    private PortfolioLists.Sort sort = PortfolioLists.Sort.REVENUE;
    private int page;
    private PortfolioLists.Counted.Kind counted;
    private LocalDate from;
    private LocalDate to;
    private LocalDate month;
    private Segment was;

    public Segment getSegment() { return segment; }
    public void setSegment(Segment segment) { this.segment = segment; }
    public RfmGroup getGroup() { return group; }
    public void setGroup(RfmGroup group) { this.group = group; }
    public Long getOwner() { return owner; }
    public void setOwner(Long owner) { this.owner = owner; }
    public ServiceChannel getChannel() { return channel; }
    public void setChannel(ServiceChannel channel) { this.channel = channel; }
    public Health.Band getHealth() { return health; }
    public void setHealth(Health.Band health) { this.health = health; }
    public Boolean getLapsed() { return lapsed; }
    public void setLapsed(Boolean lapsed) { this.lapsed = lapsed; }
    public Boolean getCovered() { return covered; }
    public void setCovered(Boolean covered) { this.covered = covered; }
    public PortfolioLists.Sort getSort() { return sort; }
    public void setSort(PortfolioLists.Sort sort) { this.sort = sort == null ? PortfolioLists.Sort.REVENUE : sort; }
    public PortfolioLists.Counted.Kind getCounted() { return counted; }
    public void setCounted(PortfolioLists.Counted.Kind counted) { this.counted = counted; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public LocalDate getMonth() { return month; }
    public void setMonth(LocalDate month) { this.month = month; }
    public Segment getWas() { return was; }
    public void setWas(Segment was) { this.was = was; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }

    /** The filter as a query string, for the CSV link and the pages. */
    public String queryString() {
        return "segment=" + text(segment) + "&group=" + text(group) + "&owner=" + text(owner) + "&channel=" + text(channel)
                + "&health=" + text(health) + "&lapsed=" + text(lapsed) + "&covered=" + text(covered) + "&sort=" + sort
                + (counted == null ? "" : "&counted=" + counted + "&from=" + text(from) + "&to=" + text(to)
                        + "&month=" + text(month) + "&was=" + text(was));
    }

    /**
     * The dashboard figure the list is limited to, when its parameters make one: a period of days the app takes
     * ({@code to} is the last day), or a kept month and segment; otherwise none (everyone the other filters take).
     */
    public PortfolioLists.Counted countedFigure(ZoneId zone) {
        if (counted == null) {
            return null;
        }
        return switch (counted) {
            case MOVED -> month == null || was == null ? null
                    : new PortfolioLists.Counted(counted, null, month.withDayOfMonth(1), was);
            case MOVED_DOWN -> month == null ? null : new PortfolioLists.Counted(counted, null, month.withDayOfMonth(1), null);
            case A_B -> new PortfolioLists.Counted(counted, null, null, null);
            default -> from == null || to == null || to.isBefore(from)
                    || ChronoUnit.DAYS.between(from, to) >= DateRange.LONGEST_DAYS ? null
                    : new PortfolioLists.Counted(counted, DateRange.between(from, to, zone), null, null);
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    CustomerQuery query(Long ownerSeen, int size, ZoneId zone) {
        return new CustomerQuery(segment, group, ownerSeen, channel, health, lapsed, covered, sort, page, size,
                countedFigure(zone));
    }
}
