package com.followup.domain.rule;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A new rule almost identical to one the area already has: the same topic once case, spaces, punctuation and accents
 * are set aside ("New prospects" and "new  PROSPECTS", "Cobranza" and "cobránza"). The director is asked before a second
 * one is defined; archived rules do not count.
 */
public final class NearDuplicates {

    private NearDuplicates() {
    }

    public static Optional<FollowUpRule> of(RuleDraft draft, List<FollowUpRule> inArea) {
        String topic = key(draft.topic());
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        return inArea.stream()
                .filter(rule -> rule.area() == draft.area() && !rule.isArchived())
                .filter(rule -> key(rule.topic()).equals(topic))
                .findFirst();
    }

    /** The words of a text without accents, case or punctuation, one space apart. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
