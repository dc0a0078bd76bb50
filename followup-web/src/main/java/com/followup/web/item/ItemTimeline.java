package com.followup.web.item;

import com.followup.domain.followup.FollowUp;
import com.followup.domain.item.ItemChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One line of an item's page timeline, newest first: a follow-up with its result, or a change such as a stage
 * move. {@code words} are the change's details as shown; the first names an outcome when it closed.
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

    /** A change's details as shown: reassignments name the people their user ids stand for. */
    private static List<String> words(ItemChange change, Map<Long, String> names) {
        if (change.kind() == ItemChange.Kind.REASSIGNED) {
            return change.details().stream().map(id -> names.getOrDefault(Long.valueOf(id), id)).toList();
        }
        if (change.kind() == ItemChange.Kind.COLLECTED_IN_PART && change.details().size() == 3) {
            return List.of(change.details().get(0) + " " + change.details().get(1),
                    change.details().get(2) + " " + change.details().get(1));
        }
        return change.details();
    }
}
