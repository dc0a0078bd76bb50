package com.followup.domain.lead;

import com.followup.domain.lead.Assignment.Decision;
import com.followup.domain.lead.Assignment.PassedOver;
import com.followup.domain.lead.Assignment.Seller;
import com.followup.domain.lead.Assignment.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentTest {

    private static final long MANAGER = 90;
    private static final LeadSource TEAM_SOURCE = new LeadSource(1, "Website", ResponseTier.HOT, null, null,
            List.of(11L, 12L, 13L), null);

    @Test
    void the_owner_of_the_matching_lead_or_prospect_gets_it_before_any_rule() {
        Decision decision = Assignment.decide(Optional.of(new LeadMatch(LeadMatch.Kind.PROSPECT, 500, 7, true)),
                TEAM_SOURCE, working(11, 12, 13), MANAGER);

        assertThat(decision).isEqualTo(new Decision(7, Step.MATCHING_OWNER, List.of()));
        assertThat(decision.details()).containsExactly("MATCHING_OWNER", "7");
    }

    @Test
    void a_match_whose_owner_has_left_goes_to_the_source_rule_and_says_so() {
        Decision decision = Assignment.decide(Optional.of(new LeadMatch(LeadMatch.Kind.LEAD, 500, 7, false)),
                TEAM_SOURCE, working(11, 12, 13), MANAGER);

        assertThat(decision).isEqualTo(new Decision(11, Step.ROUND_ROBIN, List.of(PassedOver.MATCH_OWNER_DEACTIVATED)));
    }

    @Test
    void a_source_that_names_a_seller_gives_them_the_lead_and_the_manager_when_they_are_away() {
        LeadSource named = new LeadSource(2, "Trade fair", ResponseTier.COLD, null, 21L, List.of(), null);
        Map<Long, Seller> sellers = new HashMap<>(working(21));

        assertThat(Assignment.decide(Optional.empty(), named, sellers, MANAGER))
                .isEqualTo(new Decision(21, Step.SOURCE_SELLER, List.of(PassedOver.NO_MATCH)));

        sellers.put(21L, new Seller(21, true, true, 0, null));
        assertThat(Assignment.decide(Optional.empty(), named, sellers, MANAGER)).isEqualTo(new Decision(MANAGER,
                Step.AREA_MANAGER, List.of(PassedOver.NO_MATCH, PassedOver.SELLER_UNAVAILABLE)));
    }

    @Test
    void round_robin_takes_turns_and_gives_each_seller_the_same_number_of_leads() {
        assertThat(sixLeadsAmong(working(11, 12, 13))).containsExactly(11L, 12L, 13L, 11L, 12L, 13L);
    }

    @Test
    void round_robin_skips_who_is_deactivated_away_or_at_their_daily_cap() {
        Map<Long, Seller> sellers = new HashMap<>(working(11, 12, 13));
        sellers.put(12L, new Seller(12, true, false, 5, 5));

        assertThat(sixLeadsAmong(sellers)).containsExactly(11L, 13L, 11L, 13L, 11L, 13L);

        sellers.put(11L, new Seller(11, false, false, 0, null));
        sellers.put(13L, new Seller(13, true, true, 0, null));
        assertThat(Assignment.decide(Optional.empty(), TEAM_SOURCE, sellers, MANAGER)).isEqualTo(new Decision(MANAGER,
                Step.AREA_MANAGER, List.of(PassedOver.NO_MATCH, PassedOver.TEAM_UNAVAILABLE)));
    }

    @Test
    void a_seller_reaching_their_cap_during_the_day_drops_out_of_the_turn() {
        Map<Long, Seller> sellers = new HashMap<>(working(11, 12));
        sellers.put(11L, new Seller(11, true, false, 1, 2));
        List<Long> owners = new ArrayList<>();
        Long last = null;
        for (int i = 0; i < 4; i++) {
            long owner = Assignment.decide(Optional.empty(), new LeadSource(1, "Web", ResponseTier.HOT, null, null,
                    List.of(11L, 12L), last), sellers, MANAGER).ownerId();
            owners.add(owner);
            Seller before = sellers.get(owner);
            sellers.put(owner, new Seller(owner, true, false, before.leadsToday() + 1, before.dailyCap()));
            last = owner;
        }
        assertThat(owners).containsExactly(11L, 12L, 12L, 12L);
    }

    @Test
    void a_source_with_neither_seller_nor_team_goes_to_the_area_manager() {
        LeadSource nobody = new LeadSource(3, "List", ResponseTier.COLD, null, null, List.of(), null);

        assertThat(Assignment.decide(Optional.empty(), nobody, Map.of(), MANAGER).details())
                .containsExactly("AREA_MANAGER", "90", "NO_MATCH", "NO_SELLER_OR_TEAM");
    }

    private static List<Long> sixLeadsAmong(Map<Long, Seller> sellers) {
        List<Long> owners = new ArrayList<>();
        Long last = null;
        for (int i = 0; i < 6; i++) {
            LeadSource source = new LeadSource(1, "Website", ResponseTier.HOT, null, null, List.of(11L, 12L, 13L), last);
            last = Assignment.decide(Optional.empty(), source, sellers, MANAGER).ownerId();
            owners.add(last);
        }
        return owners;
    }

    private static Map<Long, Seller> working(long... ids) {
        Map<Long, Seller> sellers = new HashMap<>();
        for (long id : ids) {
            sellers.put(id, new Seller(id, true, false, 0, null));
        }
        return sellers;
    }
}
