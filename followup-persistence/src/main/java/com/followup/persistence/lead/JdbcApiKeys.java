package com.followup.persistence.lead;

import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys in plain SQL, found by their hash. */
@Repository
@Transactional
class JdbcApiKeys implements ApiKeys {

    private final JdbcClient jdbc;

    JdbcApiKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ApiKey create(String name, String hash, long createdBy, Instant at) {
        return jdbc.sql("insert into api_key (name, key_hash, created_by, created_at) values (?, ?, ?, ?) returning *")
                .params(name.strip(), hash, createdBy, SqlTimes.timestamp(at)).query((rs, row) -> key(rs)).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiKey> all() {
        return jdbc.sql("select * from api_key order by created_at desc, id desc").query((rs, row) -> key(rs)).list();
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null")
                .params(SqlTimes.timestamp(at), id).update() == 1;
    }

    @Override
    public Optional<ApiKey> use(String hash, Instant at) {
        return jdbc.sql("update api_key set last_used_at = ? where key_hash = ? and revoked_at is null returning *")
                .params(SqlTimes.timestamp(at), hash).query((rs, row) -> key(rs)).optional();
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getLong("created_by"), SqlTimes.instant(rs, "created_at"),
                SqlTimes.instant(rs, "last_used_at"), SqlTimes.instant(rs, "revoked_at"));
    }
}
