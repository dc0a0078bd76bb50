package com.followup.persistence.portfolio;

import com.followup.domain.portfolio.PortfolioPurpose;
import com.followup.domain.portfolio.PortfolioRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The portfolio's rules, one row per purpose. */
@Repository
class JdbcPortfolioRules implements PortfolioRules {

    private final JdbcClient jdbc;

    JdbcPortfolioRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PortfolioPurpose, Long> ruleIds() {
        Map<PortfolioPurpose, Long> ids = new EnumMap<>(PortfolioPurpose.class);
        jdbc.sql("select purpose, rule_id from portfolio_rule")
                .query((rs, n) -> ids.put(PortfolioPurpose.valueOf(rs.getString("purpose")), rs.getLong("rule_id"))).list();
        return ids;
    }

    @Override
    public boolean link(PortfolioPurpose purpose, long ruleId) {
        return jdbc.sql("insert into portfolio_rule (purpose, rule_id) values (?, ?) on conflict do nothing")
                .params(purpose.name(), ruleId).update() == 1;
    }

    @Override
    public Optional<PortfolioPurpose> purposeOf(long ruleId) {
        return jdbc.sql("select purpose from portfolio_rule where rule_id = ?").param(ruleId)
                .query((rs, n) -> PortfolioPurpose.valueOf(rs.getString("purpose"))).optional();
    }
}
