package com.followup.persistence.account;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JpaUserAccountsTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void an_account_round_trips_with_its_areas() {
        UserAccount saved = accounts.save(UserAccount.create("Round.Trip", "Rita Round", "{bcrypt}hash",
                Role.MANAGER, Set.of(Area.SALES, Area.OPERATIONS)));

        UserAccount found = accounts.findByUsername("round.trip").orElseThrow();

        assertThat(found.id()).isEqualTo(saved.id());
        assertThat(found.displayName()).isEqualTo("Rita Round");
        assertThat(found.role()).isEqualTo(Role.MANAGER);
        assertThat(found.areas()).containsExactlyInAnyOrder(Area.SALES, Area.OPERATIONS);
        assertThat(found.active()).isTrue();
        assertThat(accounts.existsByUsername("ROUND.TRIP")).isTrue();
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused() {
        UserAccount saved = accounts.save(UserAccount.create("stale.copy", "Sam Stale", "{bcrypt}hash",
                Role.STAFF, Set.of(Area.SALES)));
        UserAccount first = accounts.findById(saved.id()).orElseThrow();
        UserAccount second = accounts.findById(saved.id()).orElseThrow();

        first.changeProfile("Sam First", Role.STAFF, Set.of(Area.SALES));
        accounts.save(first);
        second.changeProfile("Sam Second", Role.STAFF, Set.of(Area.SALES));

        assertThatThrownBy(() -> accounts.save(second)).isInstanceOf(ConcurrentChangeException.class);
        assertThat(accounts.findById(saved.id()).orElseThrow().displayName()).isEqualTo("Sam First");
    }

    @Test
    void deactivating_keeps_the_account() {
        UserAccount saved = accounts.save(UserAccount.create("leaver", "Lea Ver", "{bcrypt}hash",
                Role.STAFF, Set.of(Area.ADMINISTRATION)));

        saved.deactivate();
        accounts.save(saved);

        assertThat(accounts.findByUsername("leaver")).hasValueSatisfying(a -> assertThat(a.active()).isFalse());
    }

    @Test
    void everyone_is_listed_by_name_as_each_is_found_alone() {
        UserAccount zoe = accounts.save(UserAccount.create("zz.list", "Zz Listed", "{bcrypt}hash",
                Role.MANAGER, Set.of(Area.SALES, Area.ADMINISTRATION)));
        UserAccount aa = accounts.save(UserAccount.create("aa.list", "Aa Listed", "{bcrypt}hash",
                Role.DIRECTOR, Set.of()));

        var everyone = accounts.findAllOrderedByName();

        assertThat(everyone).extracting(UserAccount::displayName).containsSubsequence("Aa Listed", "Zz Listed");
        for (UserAccount listed : everyone.stream().filter(a -> a.id().equals(zoe.id()) || a.id().equals(aa.id())).toList()) {
            assertThat(listed).usingRecursiveComparison().isEqualTo(accounts.findById(listed.id()).orElseThrow());
        }
        assertThat(everyone.stream().filter(a -> a.id().equals(aa.id())).findFirst().orElseThrow().areas()).isEmpty();
        assertThat(everyone.stream().filter(a -> a.id().equals(zoe.id())).findFirst().orElseThrow().areas())
                .containsExactlyInAnyOrder(Area.SALES, Area.ADMINISTRATION);
    }
}
