package com.followup.domain.item;

import com.followup.domain.area.Area;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface Items {

    /** Saves and returns the item as stored; throws ConcurrentChangeException when its version is stale. */
    Item save(Item item);

    /**
     * Stores a new item once per request id: a second call with the same id, even at the same moment, waits for
     * the first and returns the item it stored instead.
     */
    Item open(Item item, UUID requestId);

    /** Stores new items (from a file) in batches, each with its timeline; returns how many were stored. */
    int openAll(List<Item> items);

    Optional<Item> findById(long id);

    /** Postponed items whose day has come by {@code moment}, oldest first, at most {@code limit}. */
    List<Long> postponedDueBy(Instant moment, int limit);

    /** How many postponed items are due again by {@code moment}: the reopening job's work left. */
    long postponedDueCount(Instant moment);

    /** How many open items of the area have their next follow-up before {@code moment}: the area's overdue work. */
    long overdueCount(Area area, Instant moment);

    /** Everything that happened to the item, oldest first. */
    List<ItemChange> timeline(long itemId);
}
