package com.followup.domain.rule;

import com.followup.domain.area.Area;
import com.followup.domain.item.OutcomeDraft;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    @Test
    void each_outcome_asks_only_for_the_parts_it_needs() {
        assertThat(Outcome.SOLD.parts()).isEmpty();
        assertThat(Outcome.askingFor("until")).containsExactly(Outcome.POSTPONED);
        assertThat(Outcome.askingFor("reason")).containsExactly(Outcome.ELIMINATED, Outcome.CANCELLED, Outcome.WRITTEN_OFF);
        assertThat(Outcome.askingFor("collectedAmount")).containsExactly(Outcome.COLLECTED);
        assertThat(Outcome.askingFor("complete")).containsExactly(Outcome.DELIVERED);
        assertThat(Outcome.allowedIn(Area.SALES)).containsExactly(Outcome.SOLD, Outcome.POSTPONED, Outcome.ELIMINATED);
    }

    @Test
    void every_part_an_outcome_asks_for_is_a_part_of_the_draft_a_person_fills_in() {
        var draftParts = Arrays.stream(OutcomeDraft.class.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(Arrays.stream(Outcome.values()).flatMap(outcome -> outcome.parts().stream())).isSubsetOf(draftParts);
    }
}
