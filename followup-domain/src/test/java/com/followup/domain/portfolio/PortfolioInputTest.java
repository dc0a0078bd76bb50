package com.followup.domain.portfolio;

import com.followup.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A customer and a sale line are checked field by field, as a form or a row of a file will be. */
class PortfolioInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Currency MXN = Currency.getInstance("MXN");

    @Test
    void a_sale_line_says_what_is_wrong_with_each_field() {
        List<Violation> violations = SaleLine.validate(new SaleLine.Draft("Grupo Alameda", "2026-12-02", "",
                "Desks", "1e3", "12.345", "MXN", "10", "2"), TODAY, MXN);

        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("date", "sale.date.range"),
                org.assertj.core.groups.Tuple.tuple("product", "field.required"),
                org.assertj.core.groups.Tuple.tuple("quantity", "amount.format"),
                org.assertj.core.groups.Tuple.tuple("amount", "amount.decimals"),
                org.assertj.core.groups.Tuple.tuple("margin", "sale.costOrMargin"));
        assertThat(SaleLine.validate(new SaleLine.Draft("A", "1/12/2026", "Chair", null, "1", "10", "QQQ", null, null), TODAY, MXN))
                .extracting(Violation::messageKey).containsExactly("sale.date.format", "sale.currency.unknown");
    }

    @Test
    void a_sale_line_in_another_currency_than_the_portfolios_is_refused_at_its_currency() {
        SaleLine.Draft dollars = new SaleLine.Draft("Grupo Alameda", "2026-11-30", "Desk", null, "1", "500", "USD", null, null);

        assertThat(SaleLine.validate(dollars, TODAY, MXN)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("currency");
            assertThat(v.messageKey()).isEqualTo("sale.currency.notKept");
            assertThat(v.args()).containsExactly("MXN");
        });
        assertThat(SaleLine.validate(dollars, TODAY, Currency.getInstance("USD"))).isEmpty();
    }

    @Test
    void a_valid_sale_line_takes_its_cost_from_the_margin_and_its_family_from_the_product_when_none_is_given() {
        SaleLine.Draft draft = new SaleLine.Draft("Grupo Alameda", "2026-11-30", "Desk", "", "2", "1,000.50", "mxn", null, "200.50");

        assertThat(SaleLine.validate(draft, TODAY, MXN)).isEmpty();
        SaleLine line = SaleLine.from(draft, 7);
        assertThat(line.cost()).isEqualByComparingTo("800.00");
        assertThat(line.margin()).isEqualByComparingTo("200.50");
        assertThat(line.family()).isEqualTo("Desk");
    }

    @Test
    void a_customer_needs_a_known_type_owner_and_channel() {
        Customer.Draft draft = new Customer.Draft("Clínica San Ángel", "CSA 01", "Hospital", null, "nobody", "fax", "1e5");

        assertThat(Customer.validate(draft, Set.of("Industry")::contains, Set.of("sofia")::contains))
                .extracting(Violation::field, Violation::messageKey).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("taxId", "customer.taxId.format"),
                        org.assertj.core.groups.Tuple.tuple("type", "customer.type.unknown"),
                        org.assertj.core.groups.Tuple.tuple("owner", "customer.owner.unknown"),
                        org.assertj.core.groups.Tuple.tuple("channel", "customer.channel.unknown"),
                        org.assertj.core.groups.Tuple.tuple("potential", "amount.format"));
        Customer.Draft good = new Customer.Draft("Clínica San Ángel", "CSA-010101", "Industry", "North", "sofia", "self service", "250,000");
        assertThat(Customer.validate(good, Set.of("Industry")::contains, Set.of("sofia")::contains)).isEmpty();
        assertThat(Customer.from(good, 3).channel()).isEqualTo(ServiceChannel.SELF_SERVICE);
    }

    @Test
    void a_health_override_needs_a_score_a_reason_and_a_last_day_within_a_year() {
        assertThat(HealthOverride.validate("101", " ", TODAY, TODAY)).extracting(Violation::field)
                .containsExactly("score", "reason", "until");
        assertThat(HealthOverride.validate("80", "Paid everything today", TODAY.plusDays(30), TODAY)).isEmpty();
        assertThat(new HealthOverride(80, "Paid", TODAY.plusDays(30), 1).appliesOn(TODAY.plusDays(31))).isFalse();
    }

    @Test
    void factors_are_stored_as_lines_and_read_back_the_same() {
        CustomerScores scores = new CustomerScores(1, Segment.A, false, null, 5, 5, 5, RfmGroup.CHAMPIONS, null, 80,
                Health.Band.GREEN, false, false, java.math.BigDecimal.TEN, java.util.Map.of(
                        CustomerScores.Score.HEALTH, List.of(Factor.of("portfolio.factor.health.overdue", 0, 25)),
                        CustomerScores.Score.ABC, List.of(Factor.of("portfolio.factor.abc.share", "12.5"))));

        assertThat(CustomerScores.readFactors(scores.writtenFactors())).isEqualTo(scores.factors());
    }
}
