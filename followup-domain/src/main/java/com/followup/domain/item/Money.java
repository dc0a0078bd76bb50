package com.followup.domain.item;

import com.followup.domain.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** An amount in one currency, at the currency's scale; money followed up here is never negative. */
public record Money(BigDecimal amount, Currency currency) {

    /** The largest amount anyone types here: fits every amount column (numeric with 12 digits before the point). */
    public static final BigDecimal LARGEST = new BigDecimal("999999999999.99");
    /** Room for the largest amount as typed, with thousands separators: 999,999,999,999.99 and a sign to spare. */
    public static final int LONGEST_TYPED = 20;
    /** Digits, thousands separated by commas or not, and a decimal point: no signs, exponents or words. */
    private static final Pattern TYPED = Pattern.compile("[0-9][0-9,]*(\\.[0-9]+)?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        try {
            amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too many decimals for " + currency + ": " + amount, e);
        }
    }

    /** The amount a person typed in this currency, or null with the violation that says why it is not one. */
    public static Money parse(String typed, Currency currency, String field, List<Violation> violations) {
        BigDecimal amount = parseAmount(typed, Math.max(currency.getDefaultFractionDigits(), 0), field, violations);
        return amount == null ? null : new Money(amount, currency);
    }

    /**
     * A typed amount of zero or more with at most {@code decimals} decimals, or null with the violation:
     * more decimals are refused, never rounded (1.005 is not 1.01). Blank is for the caller to allow or not.
     */
    public static BigDecimal parseAmount(String typed, int decimals, String field, List<Violation> violations) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            violations.add(new Violation(field, "amount.required"));
            return null;
        }
        if (text.length() > 40 || !TYPED.matcher(text).matches()) {
            violations.add(new Violation(field, "amount.format", List.of(decimals)));
            return null;
        }
        BigDecimal amount = new BigDecimal(text.replace(",", ""));
        if (amount.scale() > decimals && amount.stripTrailingZeros().scale() > decimals) {
            violations.add(new Violation(field, "amount.decimals", List.of(decimals)));
            return null;
        }
        if (amount.compareTo(LARGEST) > 0) {
            violations.add(new Violation(field, "amount.tooLarge", List.of(LARGEST)));
            return null;
        }
        return amount.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }
}
