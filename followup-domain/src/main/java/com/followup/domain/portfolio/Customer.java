package com.followup.domain.portfolio;

import com.followup.domain.Text;
import com.followup.domain.Violation;
import com.followup.domain.item.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A customer after the sale: who serves them (account owner, channel), what kind they are and what they could buy
 * a year (potential, in the company's currency). Two people may edit one: the version refuses stale saves.
 */
public record Customer(Long id, String name, String taxId, String type, String region, long ownerId,
                       ServiceChannel channel, BigDecimal potentialPerYear, long version) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TAX_ID = 20;
    public static final int MAX_TYPE = 60;
    public static final int MAX_REGION = 60;
    private static final Pattern TAX_ID = Pattern.compile("[A-Za-z0-9&Ññ-]+");

    /** A customer as typed in a form or a row of a file, every part still text. */
    public record Draft(String name, String taxId, String type, String region, String owner, String channel,
                        String potential) {
    }

    /**
     * Everything wrong with a customer as typed, each at its field. {@code knownType} and {@code knownOwner} say
     * which types the directors keep and which account owners exist (a user name or id, as the caller reads them).
     */
    public static List<Violation> validate(Draft draft, Predicate<String> knownType, Predicate<String> knownOwner) {
        List<Violation> violations = new ArrayList<>();
        Text.required(draft.name(), "name", MAX_NAME, violations);
        int before = violations.size();
        Text.optional(draft.taxId(), "taxId", MAX_TAX_ID, violations);
        if (violations.size() == before && present(draft.taxId()) && !TAX_ID.matcher(draft.taxId().strip()).matches()) {
            violations.add(new Violation("taxId", "customer.taxId.format"));
        }
        before = violations.size();
        Text.required(draft.type(), "type", MAX_TYPE, violations);
        if (violations.size() == before && !knownType.test(draft.type().strip())) {
            violations.add(new Violation("type", "customer.type.unknown"));
        }
        Text.optional(draft.region(), "region", MAX_REGION, violations);
        if (!present(draft.owner())) {
            violations.add(new Violation("owner", "field.required"));
        } else if (!knownOwner.test(draft.owner().strip())) {
            violations.add(new Violation("owner", "customer.owner.unknown"));
        }
        if (channel(draft.channel()) == null) {
            violations.add(new Violation("channel", present(draft.channel()) ? "customer.channel.unknown" : "field.required"));
        }
        if (present(draft.potential())) {
            Money.parseAmount(draft.potential(), 2, "potential", violations);
        }
        return violations;
    }

    /** The channel named as typed (VISIT, visit), or null. */
    public static ServiceChannel channel(String typed) {
        if (!present(typed)) {
            return null;
        }
        try {
            return ServiceChannel.valueOf(typed.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The customer a valid draft describes; {@code ownerId} is the owner the caller resolved. */
    public static Customer from(Draft draft, long ownerId) {
        List<Violation> ignored = new ArrayList<>();
        BigDecimal potential = present(draft.potential()) ? Money.parseAmount(draft.potential(), 2, "potential", ignored) : null;
        return new Customer(null, draft.name().strip(), tidy(draft.taxId()), draft.type().strip(), tidy(draft.region()),
                ownerId, channel(draft.channel()), potential, 0);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String tidy(String text) {
        return present(text) ? text.strip() : null;
    }
}
