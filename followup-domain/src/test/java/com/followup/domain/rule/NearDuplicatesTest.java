package com.followup.domain.rule;

import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {

    private final FollowUpRule existing = FollowUpRule.restore(7, 0, RuleDrafts.salesNewProspects(), RuleStatus.ACTIVE);

    @Test
    void the_same_topic_in_the_same_area_is_a_near_duplicate_whatever_its_case_spaces_punctuation_or_accents() {
        for (String topic : List.of("New prospects", "  new   PROSPECTS ", "New prospects.", "Néw próspects")) {
            assertThat(NearDuplicates.of(RuleDrafts.with(RuleDrafts.salesNewProspects(), "topic", topic), List.of(existing)))
                    .as(topic).contains(existing);
        }
    }

    @Test
    void another_topic_another_area_or_an_archived_rule_is_not() {
        assertThat(NearDuplicates.of(RuleDrafts.with(RuleDrafts.salesNewProspects(), "topic", "Referrals"), List.of(existing))).isEmpty();
        assertThat(NearDuplicates.of(RuleDrafts.with(RuleDrafts.salesNewProspects(), "area", Area.OPERATIONS), List.of(existing))).isEmpty();
        FollowUpRule archived = FollowUpRule.restore(8, 1, RuleDrafts.salesNewProspects(), RuleStatus.ARCHIVED);
        assertThat(NearDuplicates.of(RuleDrafts.salesNewProspects(), List.of(archived))).isEmpty();
    }
}
