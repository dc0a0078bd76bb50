package com.followup.persistence.lead;

import com.followup.domain.lead.ApiKey;
import com.followup.domain.lead.ApiKeys;
import com.followup.persistence.SqlTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
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

    /**
     * One statement, which writes only when the key's mark is older than {@link ApiKeys#LAST_USED_STEP}: otherwise
     * a read, with no row rewritten nor commit to wait for. The key comes back as it is after the statement, which
     * needs no transaction around it.
     */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ApiKey> use(String hash, Instant at) {
        return jdbc.sql("""
                        with k as (select * from api_key where key_hash = :hash and revoked_at is null),
                             marked as (update api_key set last_used_at = :at
                                        where id = (select id from k) and (last_used_at is null or last_used_at < :stale)
                                        returning id, last_used_at)
                        select k.id, k.name, k.created_by, k.created_at, coalesce(m.last_used_at, k.last_used_at) as last_used_at,
                               k.revoked_at
                        from k left join marked m on m.id = k.id""")
                .param("hash", hash).param("at", SqlTimes.timestamp(at))
                .param("stale", SqlTimes.timestamp(at.minus(ApiKeys.LAST_USED_STEP)))
                .query((rs, row) -> key(rs)).optional();
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getLong("created_by"), SqlTimes.instant(rs, "created_at"),
                SqlTimes.instant(rs, "last_used_at"), SqlTimes.instant(rs, "revoked_at"));
    }
}
