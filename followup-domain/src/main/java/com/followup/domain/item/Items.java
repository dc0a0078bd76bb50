package com.followup.domain.item;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Items {

    /** Saves and returns the item as stored; throws ConcurrentChangeException when its version is stale. */
    Item save(Item item);

    Optional<Item> findById(long id);

    /** Postponed items whose day has come by {@code moment}, oldest first, at most {@code limit}. */
    List<Long> postponedDueBy(Instant moment, int limit);

    /** Everything that happened to the item, oldest first. */
    List<ItemChange> timeline(long itemId);
}
