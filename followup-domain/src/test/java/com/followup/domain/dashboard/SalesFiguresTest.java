package com.followup.domain.dashboard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesFiguresTest {

    /** The source's seller: 60 contacts over 15 distinct prospects, 10 sales. */
    final SalesFigures seller = new SalesFigures(60, 15, 10, 15);

    @Test
    void the_close_rate_counts_unique_prospects_not_contacts() {
        assertThat(seller.closeRatePerUniqueProspect().percent()).contains(67);
        assertThat(seller.closeRatePerContact().percent()).contains(17);
    }

    @Test
    void sixty_contacts_over_fifteen_prospects_are_four_per_prospect() {
        assertThat(seller.contactsPerProspect().perWhole(1)).contains(new BigDecimal("4.0"));
        assertThat(seller.followUpContacts()).isEqualTo(45);
    }

    @Test
    void a_period_without_prospects_has_no_data_rather_than_zero() {
        SalesFigures quiet = new SalesFigures(0, 0, 0, 0);

        assertThat(quiet.closeRatePerUniqueProspect().hasData()).isFalse();
        assertThat(quiet.closeRatePerUniqueProspect().percent()).isEmpty();
        assertThat(quiet.contactsPerProspect().perWhole(1)).isEmpty();
    }

    @Test
    void impossible_counts_are_refused() {
        assertThatThrownBy(() -> new SalesFigures(5, 6, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ratio(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_sales_of_a_close_rate_are_among_its_prospects() {
        assertThatThrownBy(() -> new SalesFigures(5, 1, 2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProspectCohorts(new SalesFigures(4, 2, 1, 2), new SalesFigures(6, 3, 3, 0)).all())
                .isEqualTo(new SalesFigures(10, 5, 4, 2));
    }
}
