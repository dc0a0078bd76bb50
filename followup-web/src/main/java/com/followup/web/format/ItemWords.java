package com.followup.web.format;

import com.followup.domain.rule.FollowUpRule;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.Outcome;
import com.followup.domain.rule.RulePurpose;
import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * An item's name and ending in one language: the stored title of an item a person opened; for an item the portfolio
 * generated, its purpose's words ("Service contact", "Contacto de servicio"), and its ending as won back or lost,
 * never sold or eliminated. A rule the portfolio generated likewise: its topic, objective and stage by the rule's
 * purpose ("Service, segment A", "Servicio, segmento A"), as stored for a rule people define. The one way every page, list, CSV and notice words an item: templates reach it as
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

    /** A rule's topic: as stored for a rule people define, in the reader's language for a rule the portfolio made. */
    public String topic(String topic, RulePurpose purpose) {
        return purpose == null ? topic : messages.getMessage("portfolio.rule." + purpose + ".topic", null, locale);
    }

    public String topic(FollowUpRule rule) {
        return rule == null ? null : topic(rule.topic(), rule.purpose());
    }

    public String objective(String objective, RulePurpose purpose) {
        return purpose == null ? objective : messages.getMessage("portfolio.rule." + purpose + ".objective", null, locale);
    }

    /** A pipeline stage; a portfolio rule has one, the same for all its items, worded by what they are for. */
    public String stage(String stage, ItemPurpose purpose) {
        return purpose == null || stage == null ? stage : messages.getMessage("portfolio.item.stage." + purpose, null, locale);
    }

    public String ruleStage(String stage, RulePurpose purpose) {
        return stage(stage, purpose == null ? null : purpose.items());
    }

    public String ruleOutcomeWords(RulePurpose purpose) {
        return outcomeWords(purpose == null ? null : purpose.items());
    }

    public String ruleOutcome(Outcome outcome, RulePurpose purpose) {
        return outcome(outcome, purpose == null ? null : purpose.items());
    }
}
