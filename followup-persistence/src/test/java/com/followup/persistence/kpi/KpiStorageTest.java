package com.followup.persistence.kpi;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.account.Role;
import com.followup.domain.account.UserAccount;
import com.followup.domain.account.UserAccounts;
import com.followup.domain.area.Area;
import com.followup.domain.kpi.Kpi;
import com.followup.domain.kpi.KpiEntry;
import com.followup.domain.kpi.KpiPeriod;
import com.followup.domain.kpi.Kpis;
import com.followup.domain.kpi.Metric;
import com.followup.persistence.support.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class KpiStorageTest {

    @Autowired Kpis kpis;
    @Autowired UserAccounts accounts;

    @Test
    void a_computed_kpi_keeps_its_metric_and_a_stale_edit_is_refused() {
        Kpi saved = kpis.save(Kpi.computed(Area.SALES, Metric.CLOSE_RATE_PER_PROSPECT, "Close rate", "%",
                new BigDecimal("40"), KpiPeriod.MONTH));

        assertThat(kpis.findById(saved.id())).hasValueSatisfying(kpi -> {
            assertThat(kpi.metric()).isEqualTo(Metric.CLOSE_RATE_PER_PROSPECT);
            assertThat(kpi.isComputed()).isTrue();
        });
        Kpi edited = kpis.save(new Kpi(saved.id(), Area.SALES, "Close rate", "%", new BigDecimal("45"), KpiPeriod.MONTH,
                saved.metric(), saved.version()));
        assertThat(edited.version()).isGreaterThan(saved.version());
        assertThatThrownBy(() -> kpis.save(new Kpi(saved.id(), Area.SALES, "Close rate", "%", new BigDecimal("50"),
                KpiPeriod.MONTH, saved.metric(), saved.version())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(kpis.findById(saved.id()).orElseThrow().target()).isEqualByComparingTo("45");
    }

    @Test
    void people_have_their_own_targets_and_entered_values_replace_per_period() {
        Kpi visits = kpis.save(Kpi.define(Area.SALES, "Visits " + System.nanoTime(), "visits", BigDecimal.TEN, KpiPeriod.WEEK));
        UserAccount seller = accounts.save(UserAccount.create("kpi" + System.nanoTime() % 100000, "Seller", "{noop}x",
                Role.STAFF, Set.of(Area.SALES)));

        kpis.setPersonTarget(visits.id(), seller.id(), new BigDecimal("12"));
        kpis.enter(new KpiEntry(visits.id(), seller.id(), LocalDate.of(2026, 11, 16), new BigDecimal("7"), seller.id(), Instant.now()));
        kpis.enter(new KpiEntry(visits.id(), seller.id(), LocalDate.of(2026, 11, 16), new BigDecimal("9"), seller.id(), Instant.now()));
        kpis.enter(new KpiEntry(visits.id(), null, LocalDate.of(2026, 11, 16), new BigDecimal("30"), seller.id(), Instant.now()));

        assertThat(kpis.personTargets(Area.SALES).get(visits.id())).containsEntry(seller.id(), new BigDecimal("12.00"));
        assertThat(kpis.entries(visits.id(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)))
                .extracting(KpiEntry::userId, entry -> entry.value().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(seller.id(), 9),
                        org.assertj.core.groups.Tuple.tuple(null, 30));
        kpis.setPersonTarget(visits.id(), seller.id(), null);
        assertThat(kpis.personTargets(Area.SALES)).doesNotContainKey(visits.id());
    }
}
