package com.followup.web.portfolio;

import com.followup.domain.portfolio.Health;
import com.followup.domain.portfolio.PortfolioLists;
import com.followup.domain.portfolio.PortfolioLists.CustomerQuery;
import com.followup.domain.portfolio.RfmGroup;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;

/** What the portfolio's filter form sends; an empty choice takes everyone. */
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
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }

    /** The filter as a query string, for the CSV link and the pages. */
    public String queryString() {
        return "segment=" + text(segment) + "&group=" + text(group) + "&owner=" + text(owner) + "&channel=" + text(channel)
                + "&health=" + text(health) + "&lapsed=" + text(lapsed) + "&covered=" + text(covered) + "&sort=" + sort;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    CustomerQuery query(Long ownerSeen, int size) {
        return new CustomerQuery(segment, group, ownerSeen, channel, health, lapsed, covered, sort, page, size);
    }
}
