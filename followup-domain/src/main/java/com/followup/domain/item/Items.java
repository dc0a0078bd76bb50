package com.followup.domain.item;

import java.util.List;
import java.util.Optional;

public interface Items {

    /** Saves and returns the item as stored; throws ConcurrentChangeException when its version is stale. */
    Item save(Item item);

    Optional<Item> findById(long id);

    /** Everything that happened to the item, oldest first. */
    List<ItemChange> timeline(long itemId);
}
