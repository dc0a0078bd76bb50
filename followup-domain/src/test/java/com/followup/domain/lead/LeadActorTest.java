package com.followup.domain.lead;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LeadActorTest {

    private final Lead sofias = LeadTest.hotLead();

    @Test
    void a_seller_sees_and_works_their_own_leads_only() {
        LeadActor sofia = new LeadActor(sofias.ownerId(), Role.STAFF, Set.of(Area.SALES));
        LeadActor omar = new LeadActor(12, Role.STAFF, Set.of(Area.SALES));

        assertThat(sofia.canSee(sofias) && sofia.canWork(sofias)).isTrue();
        assertThat(omar.canSee(sofias) || omar.canWork(sofias) || omar.canReassign()).isFalse();
    }

    @Test
    void marketing_sees_every_lead_and_works_none() {
        LeadActor marketing = new LeadActor(30, Role.MARKETING, Set.of());

        assertThat(marketing.canSee(sofias)).isTrue();
        assertThat(marketing.canWork(sofias) || marketing.canReassign()).isFalse();
    }

    @Test
    void sales_managers_and_directors_work_and_reassign_every_lead_and_other_areas_see_none() {
        assertThat(new LeadActor(40, Role.MANAGER, Set.of(Area.SALES)).canReassign()).isTrue();
        assertThat(new LeadActor(41, Role.DIRECTOR, Set.of()).canWork(sofias)).isTrue();
        LeadActor operations = new LeadActor(42, Role.MANAGER, Set.of(Area.OPERATIONS));
        assertThat(operations.usesLeads() || operations.canSee(sofias)).isFalse();
    }
}
