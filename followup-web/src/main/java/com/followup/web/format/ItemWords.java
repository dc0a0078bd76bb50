package com.followup.web.format;

import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.Outcome;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * An item's name and ending in one language: the stored title of an item a person opened; for an item the portfolio
 * generated, its purpose's words ("Service contact", "Contacto de servicio"), and its ending as won back or lost,
 * never sold or eliminated. The one way every page, list, CSV and notice words an item: templates reach it as
 * {@code #itemWords}, Java through {@link ItemWordsDialect#in(Locale)}.
 */
public final class ItemWords {

    private final MessageSource messages;
    private final Locale locale;

    ItemWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String title(String title, ItemPurpose purpose) {
        return purpose == null ? title : messages.getMessage("portfolio.item." + purpose, null, locale);
    }

    /** The message key prefix of the outcomes of an item of this purpose (the item page's form words them too). */
    public String outcomeWords(ItemPurpose purpose) {
        return purpose == null ? "rule.outcome." : "portfolio.item.outcome.";
    }

    public String outcome(Outcome outcome, ItemPurpose purpose) {
        return outcome == null ? null : messages.getMessage(outcomeWords(purpose) + outcome.name(), null, locale);
    }
}
