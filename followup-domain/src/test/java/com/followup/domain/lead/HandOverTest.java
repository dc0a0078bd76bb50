package com.followup.domain.lead;

import com.followup.domain.lead.Assignment.Seller;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A lead left unanswered moves on to the next seller in turn, never back to its owner; its alerts come in order. */
class HandOverTest {

    private static final LeadSource TEAM = new LeadSource(1, "Website", ResponseTier.HOT, null, null, List.of(11L, 12L, 13L), 13L);
    private static final Optional<Long> MANAGER = Optional.of(90L);

    @Test
    void the_next_of_the_team_after_the_owner_who_is_working_today_takes_it() {
        assertThat(Assignment.handOver(TEAM, 11, working(11, 12, 13), MANAGER)).contains(12L);
        assertThat(Assignment.handOver(TEAM, 13, working(11, 12, 13), MANAGER)).contains(11L);
        assertThat(Assignment.handOver(TEAM, 11, working(11, 13), MANAGER)).contains(13L);
    }

    @Test
    void with_nobody_else_in_the_team_working_it_goes_to_the_manager_unless_the_manager_has_it() {
        assertThat(Assignment.handOver(TEAM, 11, working(11), MANAGER)).contains(90L);
        assertThat(Assignment.handOver(TEAM, 90, working(), MANAGER)).isEmpty();
    }

    @Test
    void a_source_seller_s_lead_goes_to_the_manager_and_the_manager_s_own_lead_to_nobody() {
        LeadSource seller = new LeadSource(2, "Fair", ResponseTier.COLD, null, 11L, List.of(), null);
        assertThat(Assignment.handOver(seller, 11, working(11), MANAGER)).contains(90L);
        assertThat(Assignment.handOver(seller, 90, working(11), MANAGER)).contains(11L);
        assertThat(Assignment.handOver(seller, 90, working(), MANAGER)).isEmpty();
    }

    @Test
    void an_unanswered_lead_is_announced_reminded_halfway_breached_then_handed_over_each_once() {
        java.time.Instant arrived = java.time.Instant.parse("2026-12-01T15:00:00Z");
        LeadAlert.Unanswered lead = new LeadAlert.Unanswered(1, "Ana", 11, 1, arrived, arrived.plusSeconds(150),
                arrived.plusSeconds(300), Set.of());
        java.time.Instant handOverAt = arrived.plusSeconds(600);

        assertThat(LeadAlert.due(lead, arrived, handOverAt)).containsExactly(LeadAlert.ARRIVED);
        assertThat(LeadAlert.due(lead, arrived.plusSeconds(200), handOverAt)).containsExactly(LeadAlert.ARRIVED, LeadAlert.HALFWAY);
        assertThat(LeadAlert.due(lead, arrived.plusSeconds(400), handOverAt)).containsExactly(LeadAlert.ARRIVED, LeadAlert.BREACHED);
        assertThat(LeadAlert.due(lead, arrived.plusSeconds(700), null)).containsExactly(LeadAlert.ARRIVED, LeadAlert.BREACHED);
        LeadAlert.Unanswered told = new LeadAlert.Unanswered(1, "Ana", 11, 1, arrived, arrived.plusSeconds(150),
                arrived.plusSeconds(300), Set.of(LeadAlert.ARRIVED, LeadAlert.BREACHED));
        assertThat(LeadAlert.due(told, arrived.plusSeconds(700), handOverAt)).containsExactly(LeadAlert.HANDED_OVER);
    }

    private static Map<Long, Seller> working(long... ids) {
        Map<Long, Seller> sellers = new HashMap<>();
        for (long id : ids) {
            sellers.put(id, new Seller(id, true, false, 0, null));
        }
        return sellers;
    }
}
