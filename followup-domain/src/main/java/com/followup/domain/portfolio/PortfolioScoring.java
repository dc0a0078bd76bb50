package com.followup.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Scores the whole portfolio at once, since ABC, RFM and the potential score compare customers with each other. */
public record PortfolioScoring(Abc abc, LeastProfitable cost) {

    public List<CustomerScores> score(List<CustomerFigures> customers, LocalDate today) {
        Map<Long, Abc.Result> segments = abc.classify(customers);
        Map<Long, LeastProfitable.Result> costs = cost.judge(customers);
        Map<Long, Rfm.Result> rfm = Rfm.score(customers, today);
        PotentialScore potential = new PotentialScore(customers.stream()
                .filter(c -> segments.get(c.customerId()).segment() == Segment.A).toList());
        List<CustomerScores> scores = new ArrayList<>(customers.size());
        for (CustomerFigures customer : customers) {
            long id = customer.customerId();
            Abc.Result segment = segments.get(id);
            LeastProfitable.Result judged = costs.get(id);
            Rfm.Result behaviour = rfm.get(id);
            PotentialScore.Result tomorrow = segment.segment() == Segment.A ? null : potential.score(customer);
            Health health = Health.of(customer, today);
            Lapse lapse = Lapse.of(customer.orderDays(), today);
            Map<CustomerScores.Score, List<Factor>> factors = new EnumMap<>(CustomerScores.Score.class);
            factors.put(CustomerScores.Score.ABC, segment.factors());
            factors.put(CustomerScores.Score.COST, judged == null ? List.of(Factor.of("portfolio.factor.cost.unknown")) : judged.factors());
            factors.put(CustomerScores.Score.RFM, behaviour == null ? List.of(Factor.of("portfolio.factor.rfm.none")) : behaviour.factors());
            factors.put(CustomerScores.Score.POTENTIAL, tomorrow == null ? List.of(Factor.of("portfolio.factor.potential.isA")) : tomorrow.factors());
            factors.put(CustomerScores.Score.HEALTH, health.factors());
            factors.put(CustomerScores.Score.LAPSE, lapse.factors());
            scores.add(new CustomerScores(id, segment.segment(), judged != null && judged.leastProfitable(),
                    judged == null ? null : judged.marginAfterService(),
                    behaviour == null ? null : behaviour.recency(), behaviour == null ? null : behaviour.frequency(),
                    behaviour == null ? null : behaviour.money(), behaviour == null ? null : behaviour.group(),
                    tomorrow == null ? null : tomorrow.score(), health.score(), health.band(), lapse.lapsed(),
                    lapse.churned(), customer.revenue12m() == null ? BigDecimal.ZERO : customer.revenue12m(), factors));
        }
        return scores;
    }
}
