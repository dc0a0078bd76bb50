package com.followup.persistence.lead;

import com.followup.domain.lead.LeadForm;
import com.followup.domain.lead.LeadForms;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Website forms in plain SQL, found by their secret's hash. */
@Repository
@Transactional
class JdbcLeadForms implements LeadForms {

    private final JdbcClient jdbc;

    JdbcLeadForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LeadForm create(String name, long sourceId, String thankYouUrl, String hash, long createdBy, Instant at) {
        return jdbc.sql("""
                        insert into lead_form (name, source_id, thank_you_url, token_hash, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?) returning *""")
                .params(name.strip(), sourceId, thankYouUrl.strip(), hash, createdBy, SqlTimes.timestamp(at))
                .query((rs, row) -> form(rs)).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadForm> all() {
        return jdbc.sql("select * from lead_form order by created_at desc, id desc").query((rs, row) -> form(rs)).list();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return jdbc.sql("update lead_form set revoked_at = ? where id = ? and revoked_at is null")
                .params(SqlTimes.timestamp(at), id).update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LeadForm> active(String hash) {
        return jdbc.sql("select * from lead_form where token_hash = ? and revoked_at is null")
                .param(hash).query((rs, row) -> form(rs)).optional();
    }

    @Override
    public void used(LeadForm form, Instant at) {
        if (form.lastUsedAt() == null || form.lastUsedAt().isBefore(at.minusSeconds(60))) {
            jdbc.sql("update lead_form set last_used_at = ? where id = ?").params(SqlTimes.timestamp(at), form.id()).update();
        }
    }

    private static LeadForm form(ResultSet rs) throws SQLException {
        return new LeadForm(rs.getLong("id"), rs.getString("name"), rs.getLong("source_id"), rs.getString("thank_you_url"),
                rs.getLong("created_by"), SqlTimes.instant(rs, "created_at"), SqlTimes.instant(rs, "last_used_at"),
                SqlTimes.instant(rs, "revoked_at"));
    }
}
