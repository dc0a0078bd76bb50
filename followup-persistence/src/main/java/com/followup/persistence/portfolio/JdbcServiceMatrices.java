package com.followup.persistence.portfolio;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.portfolio.Segment;
import com.followup.domain.portfolio.ServiceChannel;
import com.followup.domain.portfolio.ServiceMatrices;
import com.followup.domain.portfolio.ServiceMatrix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/** The service matrix: one row, a channel and a rhythm per segment, with a version. */
@Repository
@Transactional(readOnly = true)
class JdbcServiceMatrices implements ServiceMatrices {

    private final JdbcClient jdbc;

    JdbcServiceMatrices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ServiceMatrix current() {
        return jdbc.sql("select * from service_matrix where id = 1").query((rs, n) -> matrix(rs)).single();
    }

    @Override
    @Transactional
    public ServiceMatrix save(ServiceMatrix matrix) {
        return jdbc.sql("""
                        update service_matrix set a_channel = :ac, a_every_days = :ad, b_channel = :bc, b_every_days = :bd,
                               c_channel = :cc, c_every_days = :cd, version = version + 1
                        where id = 1 and version = :version returning *""")
                .param("ac", matrix.level(Segment.A).channel().name()).param("ad", matrix.level(Segment.A).everyDays())
                .param("bc", matrix.level(Segment.B).channel().name()).param("bd", matrix.level(Segment.B).everyDays())
                .param("cc", matrix.level(Segment.C).channel().name()).param("cd", matrix.level(Segment.C).everyDays())
                .param("version", matrix.version())
                .query((rs, n) -> matrix(rs)).optional()
                .orElseThrow(() -> new ConcurrentChangeException("service matrix"));
    }

    static ServiceMatrix matrix(ResultSet rs) throws SQLException {
        Map<Segment, ServiceMatrix.Level> levels = new EnumMap<>(Segment.class);
        for (Segment segment : Segment.values()) {
            String prefix = segment.name().toLowerCase(java.util.Locale.ROOT);
            levels.put(segment, new ServiceMatrix.Level(ServiceChannel.valueOf(rs.getString(prefix + "_channel")),
                    rs.getInt(prefix + "_every_days")));
        }
        return new ServiceMatrix(levels, rs.getLong("version"));
    }
}
