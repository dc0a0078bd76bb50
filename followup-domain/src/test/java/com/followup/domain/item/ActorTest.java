package com.followup.domain.item;

import com.followup.domain.account.Role;
import com.followup.domain.area.Area;
import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.RuleDraft;
import com.followup.domain.rule.RuleOwner;
import com.followup.domain.rule.RuleStatus;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    static final Actor SELLER = new Actor(ItemMother.SELLER, Role.STAFF, Set.of(Area.SALES));
    static final Actor OTHER_SELLER = new Actor(99L, Role.STAFF, Set.of(Area.SALES));
    static final Actor SALES_MANAGER = new Actor(50L, Role.MANAGER, Set.of(Area.SALES));
    static final Actor OPERATIONS_MANAGER = new Actor(51L, Role.MANAGER, Set.of(Area.OPERATIONS));
    static final Actor DIRECTOR = new Actor(1L, Role.DIRECTOR, Set.of());

    @Test
    void staff_work_their_own_items_managers_their_areas_and_directors_everything() {
        Item prospect = ItemMother.prospect();

        assertThat(SELLER.canWork(prospect)).isTrue();
        assertThat(OTHER_SELLER.canWork(prospect)).isFalse();
        assertThat(OTHER_SELLER.canSee(prospect.area())).isTrue();
        assertThat(SALES_MANAGER.canWork(prospect)).isTrue();
        assertThat(OPERATIONS_MANAGER.canWork(prospect)).isFalse();
        assertThat(OPERATIONS_MANAGER.canSee(Area.SALES)).isFalse();
        assertThat(DIRECTOR.canWork(prospect)).isTrue();
    }

    @Test
    void staff_who_left_an_area_no_longer_work_the_items_they_still_own_there() {
        Actor movedToOperations = new Actor(ItemMother.SELLER, Role.STAFF, Set.of(Area.OPERATIONS));

        assertThat(movedToOperations.canWork(ItemMother.prospect())).isFalse();
    }

    @Test
    void staff_open_items_under_role_rules_and_rules_naming_them_only() {
        FollowUpRule roleRule = ItemMother.salesRule();
        FollowUpRule namedForOther = named(roleRule, 99L);

        assertThat(SELLER.canOpenUnder(roleRule)).isTrue();
        assertThat(SELLER.canOpenUnder(namedForOther)).isFalse();
        assertThat(OTHER_SELLER.canOpenUnder(namedForOther)).isTrue();
        assertThat(SALES_MANAGER.canOpenUnder(namedForOther)).isTrue();
        assertThat(OPERATIONS_MANAGER.canOpenUnder(roleRule)).isFalse();
    }

    @Test
    void nobody_opens_items_under_an_archived_rule() {
        FollowUpRule archived = FollowUpRule.restore(12L, 1L, ItemMother.salesRule().parts(), RuleStatus.ARCHIVED);

        assertThat(DIRECTOR.canOpenUnder(archived)).isFalse();
    }

    @Test
    void the_owner_is_the_named_person_else_the_managers_choice_else_whoever_opens_it() {
        FollowUpRule roleRule = ItemMother.salesRule();

        assertThat(SELLER.ownerFor(named(roleRule, 99L), null)).isEqualTo(99L);
        assertThat(SALES_MANAGER.ownerFor(roleRule, 77L)).isEqualTo(77L);
        assertThat(SELLER.ownerFor(roleRule, 77L)).as("staff cannot hand items to others").isEqualTo(SELLER.id());
        assertThat(SALES_MANAGER.ownerFor(roleRule, null)).isEqualTo(SALES_MANAGER.id());
    }

    private static FollowUpRule named(FollowUpRule rule, long userId) {
        RuleDraft p = rule.parts();
        return FollowUpRule.restore(13L, 1L, new RuleDraft(p.area(), p.topic(), p.objective(), p.timeAllowed(),
                p.frequency(), new RuleOwner.NamedPerson(userId), p.reportedIn(), p.kpiId(), p.escalateAfter(),
                p.stages()), RuleStatus.ACTIVE);
    }
}
