package com.followup.persistence.item;

import com.followup.persistence.SqlTimes;
import com.followup.domain.area.Area;
import com.followup.domain.item.Counterpart;
import com.followup.domain.item.Item;
import com.followup.domain.item.ItemDetails;
import com.followup.domain.item.ItemOutcome;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.item.Money;
import com.followup.domain.rule.ItemPurpose;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Between an item and its row: the area's details and the outcome each have their own columns. */
final class ItemRows {

    private ItemRows() {
    }

    /** The columns an item's save writes, in the order of its insert and update statements. */
    static final List<String> COLUMNS = List.of("rule_id", "rule_revision", "area", "title", "counterpart_name",
            "contact_name", "contact_email", "contact_phone", "owner_id", "amount", "currency", "started_at", "deadline",
            "status", "next_due_at", "last_interaction_at", "escalated_at", "follow_ups_done", "stage",
            "relationship_start", "rating", "conversion_probability", "promised_date", "delivered",
            "linked_invoice_item_id", "invoice_number", "credit_days", "due_date", "amount_collected",
            "amount_collected_currency", "advance_required", "advance_received", "outcome", "outcome_until",
            "outcome_reason", "delivered_complete", "delivered_correct", "delivered_on_time", "delivered_on", "overridden_by",
            "collected_amount", "collected_currency", "collected_in_full", "closed_at", "counted_due_at");

    /** Every column of {@link #COLUMNS}, those of other areas and outcomes empty, plus the id and version to match. */
    static Map<String, Object> columns(Item item) {
        Map<String, Object> c = new HashMap<>();
        COLUMNS.forEach(column -> c.put(column, null));
        c.put("id", item.id());
        c.put("version", item.version());
        c.put("rule_id", item.ruleId());
        c.put("rule_revision", item.ruleRevision());
        c.put("area", item.area().name());
        c.put("title", item.title());
        c.put("counterpart_name", item.counterpart().name());
        c.put("contact_name", item.counterpart().contactName());
        c.put("contact_email", item.counterpart().email());
        c.put("contact_phone", item.counterpart().phone());
        c.put("owner_id", item.ownerId());
        c.put("amount", item.amount() == null ? null : item.amount().amount());
        c.put("currency", item.amount() == null ? null : item.amount().currency().getCurrencyCode());
        c.put("started_at", SqlTimes.timestamp(item.startedAt().toInstant()));
        c.put("deadline", item.deadline() == null ? null : SqlTimes.timestamp(item.deadline().toInstant()));
        c.put("status", item.status().name());
        c.put("next_due_at", SqlTimes.timestamp(item.nextDueAt()));
        c.put("last_interaction_at", SqlTimes.timestamp(item.lastInteractionAt()));
        c.put("escalated_at", SqlTimes.timestamp(item.escalatedAt()));
        c.put("follow_ups_done", item.followUpsDone());
        c.put("closed_at", SqlTimes.timestamp(item.closedAt()));
        c.put("counted_due_at", SqlTimes.timestamp(item.countedDueAt()));
        c.put("advance_required", false);
        c.put("advance_received", false);
        putDetails(item.details(), c);
        putOutcome(item.outcome(), c);
        if (c.size() != COLUMNS.size() + 2) {
            throw new IllegalStateException("an item column missing from ItemRows.COLUMNS: " + c.keySet());
        }
        return c;
    }

    private static void putDetails(ItemDetails details, Map<String, Object> c) {
        if (details instanceof ItemDetails.SalesDetails sales) {
            c.put("stage", sales.stage());
            c.put("relationship_start", sales.relationshipStart());
            c.put("rating", sales.rating());
            c.put("conversion_probability", sales.conversionProbability());
        } else if (details instanceof ItemDetails.OperationsDetails operations) {
            c.put("promised_date", date(operations.promisedDate()));
            c.put("delivered", operations.delivered());
            c.put("linked_invoice_item_id", operations.linkedInvoiceItemId());
        } else if (details instanceof ItemDetails.AdministrationDetails admin) {
            c.put("invoice_number", admin.invoiceNumber());
            c.put("credit_days", admin.creditDays());
            c.put("due_date", date(admin.dueDate()));
            c.put("amount_collected", admin.amountCollected() == null ? null : admin.amountCollected().amount());
            c.put("amount_collected_currency", admin.amountCollected() == null ? null
                    : admin.amountCollected().currency().getCurrencyCode());
            c.put("advance_required", admin.advanceRequired());
            c.put("advance_received", admin.advanceReceived());
        }
    }

    private static void putOutcome(ItemOutcome outcome, Map<String, Object> c) {
        if (outcome == null) {
            return;
        }
        c.put("outcome", outcome.outcome().name());
        if (outcome instanceof ItemOutcome.Postponed postponed) {
            c.put("outcome_until", date(postponed.until()));
        } else if (outcome instanceof ItemOutcome.Eliminated eliminated) {
            c.put("outcome_reason", eliminated.reason());
        } else if (outcome instanceof ItemOutcome.Cancelled cancelled) {
            c.put("outcome_reason", cancelled.reason());
        } else if (outcome instanceof ItemOutcome.WrittenOff writtenOff) {
            c.put("outcome_reason", writtenOff.reason());
        } else if (outcome instanceof ItemOutcome.Delivered delivered) {
            c.put("delivered_complete", delivered.complete());
            c.put("delivered_correct", delivered.correct());
            c.put("delivered_on_time", delivered.onTime());
            c.put("delivered_on", date(delivered.deliveredOn()));
            c.put("overridden_by", delivered.overriddenBy());
        } else if (outcome instanceof ItemOutcome.Collected collected) {
            c.put("collected_amount", collected.amount().amount());
            c.put("collected_currency", collected.amount().currency().getCurrencyCode());
            c.put("collected_in_full", collected.inFull());
        }
    }

    static Item item(ResultSet rs, ZoneId zone) throws SQLException {
        Area area = Area.valueOf(rs.getString("area"));
        return Item.restore(rs.getLong("id"), rs.getLong("version"), rs.getLong("rule_id"), rs.getLong("rule_revision"), area,
                rs.getString("title"),
                new Counterpart(rs.getString("counterpart_name"), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getLong("owner_id"), money(rs, "amount", "currency"),
                SqlTimes.instant(rs, "started_at").atZone(zone),
                rs.getTimestamp("deadline") == null ? null : SqlTimes.instant(rs, "deadline").atZone(zone),
                details(rs, area), ItemStatus.valueOf(rs.getString("status")), outcome(rs),
                SqlTimes.instant(rs, "next_due_at"), SqlTimes.instant(rs, "last_interaction_at"), SqlTimes.instant(rs, "escalated_at"),
                rs.getInt("follow_ups_done"), SqlTimes.instant(rs, "closed_at"), SqlTimes.instant(rs, "counted_due_at"),
                ItemPurpose.ofColumn(rs.getString("portfolio_purpose")));
    }

    private static ItemDetails details(ResultSet rs, Area area) throws SQLException {
        return switch (area) {
            case SALES -> new ItemDetails.SalesDetails(rs.getString("relationship_start"), rs.getInt("rating"),
                    rs.getInt("conversion_probability"), rs.getString("stage"));
            case OPERATIONS -> new ItemDetails.OperationsDetails(localDate(rs, "promised_date"), rs.getString("delivered"),
                    (Long) rs.getObject("linked_invoice_item_id"));
            case ADMINISTRATION -> new ItemDetails.AdministrationDetails(rs.getString("invoice_number"),
                    (Integer) rs.getObject("credit_days"), localDate(rs, "due_date"),
                    money(rs, "amount_collected", "amount_collected_currency"),
                    rs.getBoolean("advance_required"), rs.getBoolean("advance_received"));
        };
    }

    private static ItemOutcome outcome(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case "SOLD" -> new ItemOutcome.Sold();
            case "POSTPONED" -> new ItemOutcome.Postponed(localDate(rs, "outcome_until"));
            case "ELIMINATED" -> new ItemOutcome.Eliminated(rs.getString("outcome_reason"));
            case "CANCELLED" -> new ItemOutcome.Cancelled(rs.getString("outcome_reason"));
            case "WRITTEN_OFF" -> new ItemOutcome.WrittenOff(rs.getString("outcome_reason"));
            case "DELIVERED" -> new ItemOutcome.Delivered(rs.getBoolean("delivered_complete"),
                    rs.getBoolean("delivered_correct"), localDate(rs, "delivered_on"), rs.getBoolean("delivered_on_time"),
                    rs.getString("overridden_by"));
            case "COLLECTED" -> new ItemOutcome.Collected(money(rs, "collected_amount", "collected_currency"),
                    rs.getBoolean("collected_in_full"));
            default -> throw new IllegalStateException("unknown outcome " + outcome);
        };
    }

    static Money money(ResultSet rs, String amount, String currency) throws SQLException {
        BigDecimal value = rs.getBigDecimal(amount);
        return value == null ? null : new Money(value, Currency.getInstance(rs.getString(currency).strip()));
    }


    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }


    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
