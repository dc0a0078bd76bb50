package com.followup.web.notice;

import com.followup.domain.account.UserAccount;
import com.followup.domain.area.Area;
import com.followup.domain.lead.Lead;
import com.followup.domain.notice.NoticeSettings;
import com.followup.domain.notice.Notices;
import com.followup.web.support.FollowupWebTest;
import com.followup.web.support.LeadMother;
import com.followup.web.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily digest also tells of leads that went past their deadline, in its subject as in its body. */
@FollowupWebTest
class DigestBreachesTest {

    @Autowired People people;
    @Autowired LeadMother leads;
    @Autowired Notices notices;
    @Autowired NoticeDecisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void a_sellers_digest_with_nothing_due_but_a_lead_past_its_deadline_says_so_in_its_subject() {
        UserAccount seller = people.staff(Area.SALES);
        notices.save(new NoticeSettings(seller.id(), "digest" + seller.id() + "@example.com", true, LocalTime.MIDNIGHT, "en", 0));
        Lead lead = leads.lead(leads.source(seller.id(), List.of()));
        jdbc.sql("update lead set halfway_at = ?, respond_by = ? where id = ?").params(
                Timestamp.from(Instant.now().minusSeconds(600)), Timestamp.from(Instant.now().minusSeconds(60)), lead.id()).update();

        decisions.digests();

        assertThat(jdbc.sql("select subject from outbox_message where kind = 'DIGEST' and recipient_id = ?")
                .param(seller.id()).query(String.class).single())
                .isEqualTo("Followup: no follow-ups due today or overdue; 1 lead past its deadline");
        assertThat(jdbc.sql("select body from outbox_message where kind = 'DIGEST' and recipient_id = ?")
                .param(seller.id()).query(String.class).single()).contains("Lucía Pérez");
    }
}
