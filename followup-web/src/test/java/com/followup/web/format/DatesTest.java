package com.followup.web.format;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static final Clock MADRID = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Madrid"));

    private static Dates in(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Dates(messages, MADRID, locale);
    }

    @Test
    void each_language_writes_days_and_moments_its_own_way_in_the_company_zone() {
        Instant lateEvening = Instant.parse("2026-12-01T23:30:15.123456Z");
        assertThat(in(Locale.ENGLISH).day(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
        assertThat(in(Locale.ENGLISH).moment(lateEvening)).isEqualTo("2 Dec 2026, 00:30");
        assertThat(in(Locale.ENGLISH).soon(lateEvening)).isEqualTo("Wed 2 Dec, 00:30");
        assertThat(in(Locale.forLanguageTag("es")).day(LocalDate.of(2026, 12, 1))).startsWith("1 dic").endsWith("2026");
        assertThat(in(Locale.forLanguageTag("es")).soon(lateEvening)).startsWith("mié").contains("dic").endsWith("00:30");
    }

    @Test
    void the_datetime_attribute_is_whole_seconds_with_the_zone_offset() {
        assertThat(in(Locale.ENGLISH).iso(Instant.parse("2026-12-01T23:30:15.123456Z"))).isEqualTo("2026-12-02T00:30:15+01:00");
        assertThat(in(Locale.ENGLISH).iso(LocalDate.of(2026, 12, 1))).isEqualTo("2026-12-01");
        assertThat(in(Locale.ENGLISH).moment(null)).isEmpty();
    }
}
