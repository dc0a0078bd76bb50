package com.followup.web.item;

import com.followup.domain.item.FollowUp;
import com.followup.domain.item.ItemChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One line of an item's page timeline, newest first: a follow-up with its result, or a change such as a stage
 * move. {@code words} are the change's details split at spaces; the first names an outcome when it closed.
 */
record ItemTimeline(Instant at, String who, FollowUp followUp, ItemChange change, List<String> words) {

    static List<ItemTimeline> of(List<FollowUp> followUps, List<ItemChange> changes, Map<Long, String> names) {
        List<ItemTimeline> lines = new ArrayList<>();
        for (FollowUp followUp : followUps) {
            lines.add(new ItemTimeline(followUp.doneAt(), names.get(followUp.doneBy()), followUp, null, List.of()));
        }
        for (ItemChange change : changes) {
            if (change.kind() != ItemChange.Kind.FOLLOW_UP_DONE) {
                lines.add(new ItemTimeline(change.when(), change.who() == null ? null : names.get(change.who()), null,
                        change, words(change, names)));
            }
        }
        lines.sort(Comparator.comparing(ItemTimeline::at).reversed());
        return lines;
    }

    /** Reassignments are stored as "from -> to" user ids and shown as names. */
    private static List<String> words(ItemChange change, Map<Long, String> names) {
        if (change.detail() == null) {
            return List.of();
        }
        if (change.kind() == ItemChange.Kind.REASSIGNED) {
            String[] ids = change.detail().split(" -> ");
            return List.of(names.getOrDefault(Long.valueOf(ids[0]), ids[0]), names.getOrDefault(Long.valueOf(ids[1]), ids[1]));
        }
        if (change.kind() == ItemChange.Kind.CLOSED) {
            String[] parts = change.detail().split(" ", 2);
            return parts.length == 1 ? List.of(parts[0]) : List.of(parts[0], parts[1]);
        }
        return List.of(change.detail());
    }
}
