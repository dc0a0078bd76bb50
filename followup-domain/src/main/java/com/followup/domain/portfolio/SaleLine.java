package com.followup.domain.portfolio;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.item.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One line of what a customer bought: when, which product (and its family), how many, for how much and, when known,
 * what it cost. Margin is amount minus cost; a line without cost has no margin rather than a margin of everything.
 */
public record SaleLine(Long id, long customerId, LocalDate day, String product, String family, BigDecimal quantity,
                       Money amount, BigDecimal cost) {

    public static final int MAX_PRODUCT = 120;
    public static final int MAX_FAMILY = 60;
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** Three letters, compiled once: a file of 100,000 lines reads it for every line. */
    private static final java.util.regex.Pattern CURRENCY_CODE = java.util.regex.Pattern.compile("[A-Za-z]{3}");

    /** A line as typed in a row of a file, every part still text; cost or margin, not both. */
    public record Draft(String customer, String date, String product, String family, String quantity, String amount,
                        String currency, String cost, String margin) {
    }

    /**
     * Everything wrong with a sale line as typed, each at its field; {@code today} bounds the date. The portfolio is
     * kept in one currency, {@code kept}: its revenue, margin and segments add amounts up, so a line in another
     * currency is refused (converted by whoever exports it) rather than added as if it were the same money.
     */
    public static List<Violation> validate(Draft draft, LocalDate today, Currency kept) {
        List<Violation> violations = new ArrayList<>();
        Text.required(draft.customer(), "customer", Customer.MAX_NAME, violations);
        LocalDate day = day(draft.date());
        if (day == null) {
            violations.add(new Violation("date", present(draft.date()) ? "sale.date.format" : "field.required"));
        } else if (day.isBefore(EARLIEST) || day.isAfter(today)) {
            violations.add(new Violation("date", "sale.date.range", List.of(EARLIEST.toString(), today.toString())));
        }
        Text.required(draft.product(), "product", MAX_PRODUCT, violations);
        Text.optional(draft.family(), "family", MAX_FAMILY, violations);
        Money.parseAmount(draft.quantity(), 3, "quantity", violations);
        Currency currency = currency(draft.currency());
        if (currency == null) {
            violations.add(new Violation("currency", present(draft.currency()) ? "sale.currency.unknown" : "field.required"));
        } else if (!currency.equals(kept)) {
            violations.add(new Violation("currency", "sale.currency.notKept", List.of(kept.getCurrencyCode())));
        } else {
            Money.parse(draft.amount(), currency, "amount", violations);
        }
        if (present(draft.cost()) && present(draft.margin())) {
            violations.add(new Violation("margin", "sale.costOrMargin"));
        } else if (present(draft.cost())) {
            Money.parseAmount(draft.cost(), 2, "cost", violations);
        } else if (present(draft.margin())) {
            Money.parseAmount(draft.margin(), 2, "margin", violations);
        }
        return violations;
    }

    /** The line a valid draft describes, for the customer the caller found by name. */
    public static SaleLine from(Draft draft, long customerId) {
        List<Violation> ignored = new ArrayList<>();
        Money amount = Money.parse(draft.amount(), currency(draft.currency()), "amount", ignored);
        BigDecimal cost = present(draft.cost()) ? Money.parseAmount(draft.cost(), 2, "cost", ignored)
                : present(draft.margin()) ? amount.amount().subtract(Money.parseAmount(draft.margin(), 2, "margin", ignored))
                : null;
        return new SaleLine(null, customerId, day(draft.date()), draft.product().strip(),
                present(draft.family()) ? draft.family().strip() : draft.product().strip(),
                Money.parseAmount(draft.quantity(), 3, "quantity", ignored), amount, cost);
    }

    public BigDecimal margin() {
        return cost == null ? null : amount.amount().subtract(cost);
    }

    private static LocalDate day(String typed) {
        if (!present(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Currency currency(String typed) {
        if (!present(typed) || !CURRENCY_CODE.matcher(typed.strip()).matches()) {
            return null;
        }
        try {
            return Currency.getInstance(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
