package com.followup.web.format;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/** Hands out {@link Dates} in a language: templates reach it as {@code #when}, mail and charts through this bean. */
@Component
public class DateFormats {

    private final MessageSource messages;
    private final Clock clock;

    DateFormats(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public Dates in(Locale locale) {
        return new Dates(messages, clock, locale);
    }
}
