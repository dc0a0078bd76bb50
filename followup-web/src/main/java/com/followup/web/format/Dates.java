package com.followup.web.format;

import org.springframework.context.MessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's one way to write a date or a moment, as {@code #when} in templates: each language has its formats in
 * its message bundle ({@code format.*}), moments are read in the company's zone, and {@link #iso} gives the value of
 * an HTML {@code <time datetime>}: whole seconds with the zone's offset.
 */
public final class Dates {

    /** Parsing a pattern costs more than formatting with it, and a page formats about a hundred dates (JFR). */
    private static final Map<Format, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private final MessageSource messages;
    private final Clock clock;
    private final Locale locale;

    Dates(MessageSource messages, Clock clock, Locale locale) {
        this.messages = messages;
        this.clock = clock;
        this.locale = locale;
    }

    /** A day: "1 Dec 2026", "1 dic 2026". */
    public String day(Object value) {
        return format("format.day", value);
    }

    /** A day within the year being read: "1 Dec". */
    public String shortDay(Object value) {
        return format("format.shortDay", value);
    }

    /** A moment: "1 Dec 2026, 14:05". */
    public String moment(Object value) {
        return format("format.moment", value);
    }

    /** A moment of the days ahead: "Tue 1 Dec, 14:05". */
    public String soon(Object value) {
        return format("format.soon", value);
    }

    /** The machine-readable value of a {@code <time datetime>}. */
    public String iso(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned(value).truncatedTo(ChronoUnit.SECONDS));
    }

    private String format(String key, Object value) {
        if (value == null) {
            return "";
        }
        String pattern = messages.getMessage(key, null, locale);
        TemporalAccessor temporal = value instanceof LocalDate date ? date : zoned(value);
        Format format = new Format(pattern, locale);
        DateTimeFormatter formatter = FORMATTERS.get(format);
        if (formatter == null) {
            formatter = format.formatter();
            // a request's locale comes from its headers: the cache keeps the first few, not whatever is sent
            if (FORMATTERS.size() < 64) {
                FORMATTERS.put(format, formatter);
            }
        }
        return formatter.format(temporal);
    }

    private record Format(String pattern, Locale locale) {
        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(pattern, locale);
        }
    }

    private ZonedDateTime zoned(Object value) {
        if (value instanceof Instant instant) {
            return instant.atZone(clock.getZone());
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(clock.getZone());
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(clock.getZone());
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(clock.getZone());
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay(clock.getZone());
        }
        throw new IllegalArgumentException("Not a date or a moment: " + value.getClass().getName());
    }
}
