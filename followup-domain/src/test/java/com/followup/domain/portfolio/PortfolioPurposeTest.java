package com.followup.domain.portfolio;

import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages word a portfolio rule by its RulePurpose, read from the purpose the portfolio stores: the two name alike. */
class PortfolioPurposeTest {

    @Test
    void every_portfolio_purpose_is_a_rule_purpose_of_the_same_name_whose_items_are_for_service_or_lapse() {
        assertThat(Arrays.stream(PortfolioPurpose.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(RulePurpose.values()).map(Enum::name).toList());
        assertThat(RulePurpose.valueOf(PortfolioPurpose.of(Segment.B).name()).items()).isEqualTo(ItemPurpose.SERVICE);
        assertThat(RulePurpose.valueOf(PortfolioPurpose.LAPSE.name()).items()).isEqualTo(ItemPurpose.LAPSE);
        assertThat(RulePurpose.ofColumn(null)).isNull();
    }
}
