package com.followup.domain.portfolio;

import com.followup.domain.item.Item;
import com.followup.domain.item.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * A Sales item closed as sold: its counterpart is the customer of that name (whatever its capitals), or a new
 * customer owned by the item's owner, served by call until someone says otherwise; its amount, when it has one, is a
 * sale line on the day it closed, the rule's topic as product. Items carry no tax id, so the name is what matches.
 */
public final class SoldProspect {

    public static final ServiceChannel FIRST_CHANNEL = ServiceChannel.CALL;

    private SoldProspect() {
    }

    /** The customer a sold item makes when no customer has its counterpart's name; {@code type}: a type directors keep. */
    public static Customer newCustomer(Item item, String type) {
        return new Customer(null, cut(item.counterpart().name().strip(), Customer.MAX_NAME), null, type, null,
                item.ownerId(), FIRST_CHANNEL, null, 0);
    }

    /**
     * What the sale adds to the customer's history: the item's amount on {@code day}; nothing without an amount, or
     * with one in another currency than the portfolio's ({@code kept}), as {@link SaleLine#validate} refuses those.
     */
    public static Optional<SaleLine> saleLine(Item item, long customerId, String ruleTopic, LocalDate day,
                                              Currency kept) {
        Money amount = item.amount();
        if (amount == null || amount.amount().signum() < 0 || !amount.currency().equals(kept)) {
            return Optional.empty();
        }
        return Optional.of(new SaleLine(null, customerId, day, cut(ruleTopic, SaleLine.MAX_PRODUCT),
                cut(ruleTopic, SaleLine.MAX_FAMILY), BigDecimal.ONE, amount, null));
    }

    private static String cut(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most);
    }
}
