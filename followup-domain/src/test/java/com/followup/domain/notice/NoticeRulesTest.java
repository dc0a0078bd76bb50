package com.followup.domain.notice;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeRulesTest {

    static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration TWO_DAYS = Duration.ofDays(2);

    @Test
    void escalation_comes_after_the_rules_delay_then_a_reminder_after_the_same_delay_again() {
        assertThat(Escalation.due(DUE, TWO_DAYS, DUE.plus(Duration.ofHours(47)))).isEmpty();
        assertThat(Escalation.due(DUE, TWO_DAYS, DUE.plus(TWO_DAYS))).contains(Escalation.FIRST);
        assertThat(Escalation.due(DUE, TWO_DAYS, DUE.plus(Duration.ofDays(3)))).contains(Escalation.FIRST);
        assertThat(Escalation.due(DUE, TWO_DAYS, DUE.plus(Duration.ofDays(4)))).contains(Escalation.REMINDER);
        assertThat(Escalation.due(DUE, TWO_DAYS, DUE.plus(Duration.ofDays(40)))).contains(Escalation.REMINDER);
    }

    @Test
    void each_escalation_has_one_key_per_item_due_moment_step_and_manager() {
        assertThat(Escalation.FIRST.key(7, DUE, 3)).isEqualTo("escalation:7:2026-03-02T09:00:00Z:FIRST:3");
        assertThat(Escalation.FIRST.key(7, DUE, 3)).isNotEqualTo(Escalation.REMINDER.key(7, DUE, 3))
                .isNotEqualTo(Escalation.FIRST.key(7, DUE.plusSeconds(1), 3));
    }

    @Test
    void a_fast_rule_warns_a_fifth_of_its_time_before_the_deadline_and_at_least_five_minutes() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(FastRuleNotice.isFast(start, start.plus(Duration.ofHours(24)))).isTrue();
        assertThat(FastRuleNotice.isFast(start, start.plus(Duration.ofHours(25)))).isFalse();
        assertThat(FastRuleNotice.warnAt(start, start.plus(Duration.ofHours(2)))).isEqualTo(start.plus(Duration.ofMinutes(96)));
        assertThat(FastRuleNotice.warnAt(start, start.plus(Duration.ofMinutes(15)))).isEqualTo(start.plus(Duration.ofMinutes(10)));
    }

    @Test
    void the_digest_is_due_once_its_time_of_day_has_come_in_the_company_zone() {
        ZoneId mexico = ZoneId.of("America/Mexico_City");
        NoticeSettings settings = new NoticeSettings(5, "ana@example.com", true, LocalTime.of(8, 0), "es", 0);
        Instant sevenThere = Instant.parse("2026-03-02T13:00:00Z");

        assertThat(settings.digestDue(sevenThere, mexico)).isFalse();
        assertThat(settings.digestDue(sevenThere.plus(Duration.ofHours(1)), mexico)).isTrue();
        assertThat(settings.digestKey(Instant.parse("2026-03-03T05:00:00Z"), mexico)).isEqualTo("digest:5:2026-03-02");
        assertThat(new NoticeSettings(5, "ana@example.com", false, LocalTime.of(8, 0), "es", 0)
                .digestDue(sevenThere.plus(Duration.ofHours(5)), mexico)).isFalse();
    }

    @Test
    void a_digest_needs_an_email_and_addresses_must_look_like_one() {
        assertThatThrownBy(() -> new NoticeSettings(5, null, true, LocalTime.NOON, "en", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeSettings(5, "nope", false, LocalTime.NOON, "en", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeSettings(5, null, false, LocalTime.NOON, "fr", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NoticeSettings.defaults(5).digestEnabled()).isFalse();
    }
}
