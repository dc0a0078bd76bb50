package com.followup.web.portfolio;

import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.portfolio.PortfolioPurpose;
import com.followup.domain.portfolio.PortfolioRules;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceItems;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import com.followup.domain.portfolio.ServicePlan;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.FollowUpRules;
import com.followup.domain.rule.RuleDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio's follow-ups, in My follow-ups like any other: a service item per customer under the Sales rule of
 * their segment, due by the service matrix's rhythm, and a "why no order?" item per lapse. After every save of the
 * matrix and every recompute; one run at a time across instances, and the database keeps one item each anyway.
 */
@Service
public class ServiceFollowUps {

    /** The KPI the portfolio rules report to, made with them when no Sales KPI of the name exists. */
    static final String KPI_NAME = "Customers served in rhythm";
    private static final Logger log = LoggerFactory.getLogger(ServiceFollowUps.class);

    private final PortfolioRules portfolioRules;
    private final FollowUpRules rules;
    private final Kpis kpis;
    private final ServiceMatrices matrices;
    private final ServiceItems items;
    private final Clock clock;

    ServiceFollowUps(PortfolioRules portfolioRules, FollowUpRules rules, Kpis kpis, ServiceMatrices matrices,
                     ServiceItems items, Clock clock) {
        this.portfolioRules = portfolioRules;
        this.rules = rules;
        this.kpis = kpis;
        this.matrices = matrices;
        this.items = items;
        this.clock = clock;
    }

    /** Service items and lapse items as of now; says how many were opened and moved. */
    @Transactional
    public Generated generate(String by) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        Generated served = serve(by, now);
        return new Generated(served.opened(), served.moved(), openLapses(by, now));
    }

    public record Generated(int opened, int moved, int lapses) {
    }

    /** Opens and moves the service items as if at {@code at} (the demo starts them in the past). */
    @Transactional
    public Generated serve(String by, ZonedDateTime at) {
        items.takeTurn();
        ServiceMatrix matrix = matrices.current();
        Map<PortfolioPurpose, FollowUpRule> current = rulesInStepWith(matrix, by);
        Map<Segment, ServicePlan.RuleVersion> bySegment = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            FollowUpRule rule = current.get(PortfolioPurpose.of(segment));
            bySegment.put(segment, new ServicePlan.RuleVersion(rule.id(), rule.version()));
        }
        ServicePlan.Steps steps = ServicePlan.plan(matrix, bySegment, items.customers(), at.toLocalDate(), at.toInstant());
        int opened = items.open(steps.opens(), current.get(PortfolioPurpose.SEGMENT_A).stages().get(0), at,
                PortfolioPurpose.SEGMENT_A.deadlineFrom(at));
        int moved = items.move(steps.moves(), at.toInstant());
        log.info("Service follow-ups: {} items opened, {} moved to their customer's rhythm", opened, moved);
        return new Generated(opened, moved, 0);
    }

    /** A "why no order?" item for each customer lapsed since their last order, once per lapse. */
    @Transactional
    public int openLapses(String by, ZonedDateTime at) {
        items.takeTurn();
        FollowUpRule rule = rulesInStepWith(matrices.current(), by).get(PortfolioPurpose.LAPSE);
        List<ServiceItems.Lapsed> lapsed = items.lapsedWithoutItem();
        int opened = items.openLapses(lapsed, new ServicePlan.RuleVersion(rule.id(), rule.version()), rule.stages().get(0),
                at, PortfolioPurpose.LAPSE.deadlineFrom(at));
        log.info("Lapse follow-ups: {} items opened", opened);
        return opened;
    }

    /** Each purpose's rule, made the first time, and revised when the matrix's rhythm for its segment changed. */
    private Map<PortfolioPurpose, FollowUpRule> rulesInStepWith(ServiceMatrix matrix, String by) {
        Map<PortfolioPurpose, Long> ids = portfolioRules.ruleIds();
        Map<PortfolioPurpose, FollowUpRule> current = new EnumMap<>(PortfolioPurpose.class);
        for (PortfolioPurpose purpose : PortfolioPurpose.values()) {
            FollowUpRule rule = ids.containsKey(purpose) ? rules.findById(ids.get(purpose)).orElseThrow() : null;
            if (rule == null) {
                rule = rules.save(FollowUpRule.define(purpose.rule(matrix, kpiId())), by);
                portfolioRules.link(purpose, rule.id());
            } else if (purpose.segment() != null && !rule.frequency().equals(matrix.rhythm(purpose.segment()))) {
                RuleDraft parts = rule.parts();
                rule.revise(new RuleDraft(parts.area(), parts.topic(), parts.objective(), parts.timeAllowed(),
                        matrix.rhythm(purpose.segment()), parts.owner(), parts.reportedIn(), parts.kpiId(),
                        parts.escalateAfter(), parts.stages()));
                rule = rules.save(rule, by);
            }
            current.put(purpose, rule);
        }
        return current;
    }

    private long kpiId() {
        return kpis.findByArea(Area.SALES).stream().filter(kpi -> kpi.name().equalsIgnoreCase(KPI_NAME)).findFirst()
                .orElseGet(() -> kpis.save(Kpi.define(Area.SALES, KPI_NAME, "%", BigDecimal.valueOf(90), KpiPeriod.MONTH)))
                .id();
    }
}
