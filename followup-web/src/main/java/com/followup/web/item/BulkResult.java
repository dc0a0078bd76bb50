package com.followup.web.item;

import com.followup.domain.rule.ItemPurpose;

import java.io.Serializable;
import java.util.List;

/**
 * What a change to many items did: how many were changed (said with {@code doneKey}) and each item refused, with why.
 */
public record BulkResult(String doneKey, int done, List<Refusal> refused) implements Serializable {

    /** An item left as it was, by title (a portfolio item's by its purpose), and the message key saying why. */
    public record Refusal(long itemId, String title, ItemPurpose purpose, String reasonKey) implements Serializable {
    }
}
