package com.followup.domain.portfolio;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.followup.domain.portfolio.CustomerMother.customer;
import static org.assertj.core.api.Assertions.assertThat;

class PotentialScoreTest {

    /** Two A customers: both industrial, one north and one south, families X, Y and Y, Z, 10 and 6 orders (median 8). */
    private final PotentialScore potential = new PotentialScore(List.of(
            customer(1).type("Industry").region("North").families("X", "Y").orders(10).figures(),
            customer(2).type("Industry").region("South").families("Y", "Z").orders(6).figures()));

    @Test
    void the_gap_to_potential_and_the_resemblance_to_a_customers_add_up_with_every_factor_shown() {
        CustomerFigures b = customer(3).type("Industry").region("North").families("X").orders(2)
                .revenue("2500").potential("10000").figures();

        PotentialScore.Result result = potential.score(b);

        // gap 7,500 of 10,000 = 0.75 × 40 = 30; type 2 of 2 = 15; region 1 of 2 = 7.5, rounded 8;
        // families 1 of X, Y, Z = 5; orders 2 of the median 8 = 0.25 × 15 = 3.75, rounded 4: 62
        assertThat(result.score()).isEqualTo(62);
        assertThat(result.factors()).containsExactly(
                Factor.of("portfolio.factor.potential.gap", "2500", "10000", 30),
                Factor.of("portfolio.factor.potential.type", 100, 15),
                Factor.of("portfolio.factor.potential.region", 50, 8),
                Factor.of("portfolio.factor.potential.products", 33, 5),
                Factor.of("portfolio.factor.potential.frequency", 2, 8, 4));
    }

    @Test
    void a_customer_without_potential_entered_or_already_above_it_scores_only_by_resemblance() {
        CustomerFigures without = customer(4).type("Retail").region("East").orders(16).figures();
        CustomerFigures above = customer(5).type("Retail").region("East").orders(16).revenue("12000").potential("10000").figures();

        assertThat(potential.score(without).score()).isEqualTo(15);
        assertThat(potential.score(without).factors().get(0)).isEqualTo(Factor.of("portfolio.factor.potential.noPotential"));
        assertThat(potential.score(above).score()).isEqualTo(15);
    }
}
