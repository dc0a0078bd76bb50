package com.followup.persistence.lead;

import com.followup.domain.lead.DisqualifyReason;
import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadMatch;
import com.followup.domain.lead.LeadStatus;
import com.followup.persistence.SqlTimes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A lead's columns, written once: what is saved, and how a row becomes a lead again. */
final class LeadRows {

    static final List<String> COLUMNS = List.of("request_id", "name", "email", "email_key", "phone", "phone_key",
            "job_title", "company", "message", "consent", "source_id", "arrived_at", "halfway_at", "respond_by",
            "matched_kind", "matched_id", "matched_owner_id", "owner_id", "status", "disqualify_reason",
            "first_touch_at", "connected_at", "qualified_item_id");

    private LeadRows() {
    }

    static Map<String, Object> columns(Lead lead, UUID requestId) {
        Lead.Contact contact = lead.contact();
        LeadMatch match = lead.match();
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", lead.id());
        columns.put("version", lead.version());
        columns.put("request_id", requestId);
        columns.put("name", contact.name());
        columns.put("email", contact.email());
        columns.put("email_key", contact.keys().email());
        columns.put("phone", contact.phone());
        columns.put("phone_key", contact.phoneInternational());
        columns.put("job_title", contact.jobTitle());
        columns.put("company", contact.company());
        columns.put("message", contact.message());
        columns.put("consent", contact.consent());
        columns.put("source_id", lead.sourceId());
        columns.put("arrived_at", SqlTimes.timestamp(lead.arrivedAt()));
        columns.put("halfway_at", SqlTimes.timestamp(lead.halfwayAt()));
        columns.put("respond_by", SqlTimes.timestamp(lead.respondBy()));
        columns.put("matched_kind", match == null ? null : match.kind().name());
        columns.put("matched_id", match == null ? null : match.id());
        columns.put("matched_owner_id", match == null ? null : match.ownerId());
        columns.put("owner_id", lead.ownerId());
        columns.put("status", lead.status().name());
        columns.put("disqualify_reason", lead.disqualifyReason() == null ? null : lead.disqualifyReason().name());
        columns.put("first_touch_at", SqlTimes.timestamp(lead.firstTouchAt()));
        columns.put("connected_at", SqlTimes.timestamp(lead.connectedAt()));
        columns.put("qualified_item_id", lead.qualifiedItemId());
        return columns;
    }

    static Lead lead(ResultSet rs) throws SQLException {
        String matchedKind = rs.getString("matched_kind");
        LeadMatch match = matchedKind == null ? null : new LeadMatch(LeadMatch.Kind.valueOf(matchedKind),
                rs.getLong("matched_id"), rs.getLong("matched_owner_id"), true);
        String reason = rs.getString("disqualify_reason");
        // identities start at 1: 0 is a null column
        long qualifiedItem = rs.getLong("qualified_item_id");
        return Lead.restore(rs.getLong("id"), rs.getLong("version"),
                new Lead.Contact(rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("phone_key"), rs.getString("job_title"), rs.getString("company"),
                        rs.getString("message"), rs.getBoolean("consent")),
                rs.getLong("source_id"), SqlTimes.instant(rs, "arrived_at"), SqlTimes.instant(rs, "halfway_at"),
                SqlTimes.instant(rs, "respond_by"), match, rs.getLong("owner_id"), LeadStatus.valueOf(rs.getString("status")),
                reason == null ? null : DisqualifyReason.valueOf(reason), SqlTimes.instant(rs, "first_touch_at"),
                SqlTimes.instant(rs, "connected_at"), qualifiedItem == 0 ? null : qualifiedItem);
    }
}
