package com.followup.persistence.rule;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface RuleRevisionRepository extends JpaRepository<RuleRevisionEntity, RuleRevisionEntity.Key> {

    List<RuleRevisionEntity> findByKeyRuleIdOrderByKeyRevisionDesc(long ruleId);
}
