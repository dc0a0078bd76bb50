package com.followup.domain.item;

import com.followup.domain.area.Area;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.Outcome;
import com.followup.domain.rule.RulePurpose;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The read side of area lists and the Sales pipeline: filtered, sorted and paged in the database. */
public interface ItemLists {

    enum Sort { DEADLINE, NEXT_DUE, TITLE, NEWEST }

    /** {@code ownerId} and {@code ruleId} null mean any; {@code page} counts from 0. */
    record ItemQuery(Area area, Long ownerId, Long ruleId, Set<ItemStatus> statuses, Sort sort, int page, int size) {

        public ItemQuery {
            if (statuses == null || statuses.isEmpty()) {
                throw new IllegalArgumentException("choose at least one status");
            }
            if (page < 0 || size < 1 || size > 200) {
                throw new IllegalArgumentException("page " + page + " of size " + size);
            }
            statuses = Set.copyOf(statuses);
        }
    }

    record ItemRow(long id, long version, String title, String counterpartName, long ruleId, String ruleTopic,
                   long ownerId, String ownerName, ItemStatus status, String stage, Outcome outcome,
                   Instant nextDueAt, Instant deadline, Money amount, Integer conversionProbability,
                   Instant lastInteractionAt, ItemPurpose purpose, RulePurpose rulePurpose) {

        public boolean isOverdue(Instant now) {
            return status == ItemStatus.OPEN && nextDueAt != null && now.isAfter(nextDueAt);
        }

        public boolean isPastDeadline(Instant now) {
            return status == ItemStatus.OPEN && deadline != null && now.isAfter(deadline);
        }

        public LocalDate deadlineLastDay(ZoneId zone) {
            return deadline == null ? null : ItemDeadline.lastDay(deadline, zone);
        }
    }

    record ItemPage(List<ItemRow> rows, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /**
     * A Sales rule's pipeline: open items by stage, then postponed, sold and eliminated. Each column holds at
     * most the newest few cards; {@code totals} says how many each has in all, {@code money} what they are worth
     * in all, one line per currency.
     */
    record Pipeline(Map<String, List<ItemRow>> cards, Map<String, Long> totals, Map<String, List<ColumnMoney>> money) {

        /** A column's amounts in one currency: their sum, and the sum weighted by each item's conversion probability. */
        public record ColumnMoney(Money sum, Money weighted) {
        }

        public static final String POSTPONED = "POSTPONED";

        /** The column of a card: its stage while open, its status or outcome after. */
        public static String columnOf(ItemRow row) {
            if (row.status() == ItemStatus.POSTPONED) {
                return POSTPONED;
            }
            return row.status() == ItemStatus.CLOSED ? row.outcome().name() : row.stage();
        }
    }

    ItemPage search(ItemQuery query);

    Pipeline pipeline(long ruleId, Long ownerId, int cardsPerColumn);
}
