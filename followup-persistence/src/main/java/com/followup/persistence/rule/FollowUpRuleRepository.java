package com.followup.persistence.rule;

import com.followup.domain.area.Area;
import com.followup.domain.rule.RuleStatus;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface FollowUpRuleRepository extends JpaRepository<FollowUpRuleEntity, Long> {

    List<FollowUpRuleEntity> findByPartsAreaAndPartsStatusInOrderByPartsTopic(Area area, Collection<RuleStatus> statuses);

    List<FollowUpRuleEntity> findByPartsStatusInOrderByPartsAreaAscPartsTopicAsc(Collection<RuleStatus> statuses);
}
