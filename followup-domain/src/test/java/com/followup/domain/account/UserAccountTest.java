package com.followup.domain.account;

import com.followup.domain.area.Area;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTest {

    private final UserAccount sam = UserAccount.create("sam", "Sam", "hash", Role.MANAGER, Set.of(Area.SALES));

    @Test
    void a_new_role_or_new_areas_change_what_the_person_may_do() {
        assertThat(sam.changeProfile("Sam", Role.STAFF, Set.of(Area.SALES))).isTrue();
        assertThat(sam.changeProfile("Sam", Role.STAFF, Set.of(Area.SALES, Area.OPERATIONS))).isTrue();
    }

    @Test
    void a_new_name_alone_changes_nothing_the_person_may_do() {
        assertThat(sam.changeProfile("Samuel", Role.MANAGER, Set.of(Area.SALES))).isFalse();
        assertThat(sam.displayName()).isEqualTo("Samuel");
    }

    @Test
    void marketing_needs_no_area_and_keeps_none_whatever_a_form_sends() {
        assertThat(UserAccount.validateProfile("Mara", Role.MARKETING, Set.of())).isEmpty();

        sam.changeProfile("Sam", Role.MARKETING, Set.of(Area.SALES));

        assertThat(sam.areas()).isEmpty();
        assertThat(sam.worksIn(Area.SALES)).isFalse();
    }
}
