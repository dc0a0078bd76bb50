package com.followup.web.support;

import com.followup.domain.lead.Lead;
import com.followup.domain.lead.LeadDraft;
import com.followup.web.lead.LeadIntake;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes lead sources and leads for tests, each with a name of its own. */
@TestComponent
public class LeadMother {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final JdbcClient jdbc;
    private final LeadIntake intake;

    LeadMother(JdbcClient jdbc, LeadIntake intake) {
        this.jdbc = jdbc;
        this.intake = intake;
    }

    /** A hot source whose leads go to {@code sellerId}, or by turns to {@code team} when no seller is named. */
    public long source(Long sellerId, List<Long> team) {
        long id = jdbc.sql("insert into lead_source (name, tier, seller_id) values (?, 'HOT', ?) returning id")
                .params("Source " + COUNTER.incrementAndGet() + "-" + System.nanoTime() % 100000, sellerId)
                .query(Long.class).single();
        team.forEach(member -> jdbc.sql("insert into lead_source_member values (?, ?)").params(id, member).update());
        return id;
    }

    /** A lead from the source, sent by a form or a tool, with an email and a phone of its own. */
    public Lead lead(long sourceId) {
        int n = COUNTER.incrementAndGet();
        return lead(sourceId, "lead" + n + "-" + System.nanoTime() % 100000 + "@example.com", null);
    }

    public Lead lead(long sourceId, String email, String phone) {
        LeadIntake.Result result = intake.take(new LeadDraft("Lucía Pérez", email, phone, "Buyer", "Acme", sourceId,
                "Please call me", true), UUID.randomUUID(), null);
        if (result.lead() == null) {
            throw new IllegalArgumentException(result.violations().toString());
        }
        return result.lead();
    }
}
