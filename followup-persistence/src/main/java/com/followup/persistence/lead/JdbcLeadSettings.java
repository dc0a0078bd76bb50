package com.followup.persistence.lead;

import com.followup.domain.ConcurrentChangeException;
import com.followup.domain.lead.CompanyHours;
import com.followup.domain.lead.LeadSettings;
import com.followup.domain.lead.ResponseTier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Deadlines and working hours in plain SQL: the response_tier rows, lead_source.allowed_minutes, business_hours. */
@Repository
@Transactional
class JdbcLeadSettings implements LeadSettings {

    private final JdbcClient jdbc;

    JdbcLeadSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ResponseTier, Duration> tierDeadlines() {
        Map<ResponseTier, Duration> tiers = new EnumMap<>(ResponseTier.class);
        jdbc.sql("select tier, allowed_minutes from response_tier").query((rs, row) -> tiers.put(
                ResponseTier.valueOf(rs.getString("tier")), Duration.ofMinutes(rs.getInt("allowed_minutes")))).list();
        return tiers;
    }

    @Override
    @Transactional
    public void saveTierDeadlines(Map<ResponseTier, Duration> shown, Map<ResponseTier, Duration> allowed) {
        allowed.forEach((tier, duration) -> {
            Duration before = shown.get(tier);
            int updated = jdbc.sql("update response_tier set allowed_minutes = ? where tier = ? and allowed_minutes = ?")
                    .params(Math.toIntExact(duration.toMinutes()), tier.name(),
                            before == null ? -1 : Math.toIntExact(before.toMinutes())).update();
            if (updated != 1) {
                throw new ConcurrentChangeException("the deadline of " + tier + " changed since it was shown");
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Duration> sourceDeadlines() {
        Map<Long, Duration> sources = new HashMap<>();
        jdbc.sql("select id, allowed_minutes from lead_source where allowed_minutes is not null").query((rs, row) ->
                sources.put(rs.getLong("id"), Duration.ofMinutes(rs.getInt("allowed_minutes")))).list();
        return sources;
    }

    @Override
    public boolean saveSourceDeadline(long sourceId, Optional<Duration> shown, Optional<Duration> allowed) {
        return jdbc.sql("update lead_source set allowed_minutes = ? where id = ? and allowed_minutes is not distinct from ?")
                .params(allowed.map(d -> Math.toIntExact(d.toMinutes())).orElse(null), sourceId,
                        shown.map(d -> Math.toIntExact(d.toMinutes())).orElse(null)).update() == 1;
    }

    @Override
    @Transactional(readOnly = true)
    public CompanyHours hours() {
        return jdbc.sql("select * from business_hours where id = 1").query((rs, row) -> new CompanyHours(
                rs.getString("zone") == null ? null : ZoneId.of(rs.getString("zone")),
                rs.getTime("opens").toLocalTime(), rs.getTime("closes").toLocalTime(),
                Arrays.stream(rs.getString("days").split(",")).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
                rs.getBoolean("auto_reassign"), rs.getLong("version"))).single();
    }

    @Override
    public void save(CompanyHours hours) {
        String days = hours.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                        update business_hours set zone = ?, opens = ?, closes = ?, days = ?, auto_reassign = ?,
                               version = version + 1
                        where id = 1 and version = ?""")
                .params(hours.zone() == null ? null : hours.zone().getId(), hours.opens(), hours.closes(), days,
                        hours.autoReassign(), hours.version())
                .update();
        if (updated != 1) {
            throw new ConcurrentChangeException("business hours");
        }
    }
}
