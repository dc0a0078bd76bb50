package com.followup.persistence.item;

import com.followup.domain.item.ItemLists.ItemRow;
import com.followup.domain.item.ItemStatus;
import com.followup.domain.rule.ItemPurpose;
import com.followup.domain.rule.RulePurpose;
import com.followup.persistence.RulePurposes;
import com.followup.domain.rule.Outcome;
import com.followup.persistence.SqlTimes;

import java.sql.ResultSet;
import java.sql.SQLException;

/** An item as lists show it: the columns of {@code item i}, its rule {@code r} and owner {@code u}, and the row read back. */
public final class ListedItems {

    private ListedItems() {
    }

    public static final String COLUMNS = """
            i.id, i.version, i.title, i.counterpart_name, i.rule_id, r.topic, i.owner_id, u.display_name, i.status,
            i.stage, i.outcome, i.next_due_at, i.deadline, i.amount, i.currency, i.conversion_probability,
            i.last_interaction_at, i.portfolio_purpose, """ + RulePurposes.of("i.rule_id");

    public static ItemRow row(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Integer probability = (Integer) rs.getObject("conversion_probability", Integer.class);
        return new ItemRow(rs.getLong("id"), rs.getLong("version"), rs.getString("title"),
                rs.getString("counterpart_name"), rs.getLong("rule_id"), rs.getString("topic"), rs.getLong("owner_id"),
                rs.getString("display_name"), ItemStatus.valueOf(rs.getString("status")), rs.getString("stage"),
                outcome == null ? null : Outcome.valueOf(outcome), SqlTimes.instant(rs, "next_due_at"),
                SqlTimes.instant(rs, "deadline"), ItemRows.money(rs, "amount", "currency"), probability,
                SqlTimes.instant(rs, "last_interaction_at"), ItemPurpose.ofColumn(rs.getString("portfolio_purpose")),
                RulePurpose.ofColumn(rs.getString("rule_purpose")));
    }
}
