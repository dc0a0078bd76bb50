package com.followup.web.form;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads every form field and request parameter of every controller the same way, so that a form added later is
 * covered without anyone remembering to: text with control characters or absurdly long, and dates outside
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR} or at 24:00, are binding failures that the form shows next to the field
 * ({@code typeMismatch}), never values that reach the database.
 */
@ControllerAdvice
class TypedInput {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** Longer than any field's own limit: what the domain's limits cannot see, such as a filter, stops here. */
    static final int LONGEST_TEXT = 10_000;

    @InitBinder
    void readTypedInput(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor<>(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from,
                day -> sane(day.getYear())));
        binder.registerCustomEditor(LocalDateTime.class, new DateEditor<>(strict("uuuu-MM-dd'T'HH:mm[:ss]"),
                LocalDateTime::from, moment -> sane(moment.getYear())));
        binder.registerCustomEditor(LocalTime.class, new DateEditor<>(strict("HH:mm"), LocalTime::from, time -> true));
    }

    /** Strict, so that 24:00 is refused instead of read as midnight. */
    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean sane(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** New lines and tabs may pass: whether a field may span lines is the domain's to say. */
    private static final class TextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && (text.length() > LONGEST_TEXT
                    || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))) {
                throw new IllegalArgumentException("text with control characters or longer than " + LONGEST_TEXT);
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    private static final class DateEditor<T extends TemporalAccessor> extends PropertyEditorSupport {
        private final DateTimeFormatter format;
        private final Function<TemporalAccessor, T> from;
        private final Predicate<T> sane;

        DateEditor(DateTimeFormatter format, Function<TemporalAccessor, T> from, Predicate<T> sane) {
            this.format = format;
            this.from = from;
            this.sane = sane;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                T value = from.apply(format.parse(text.strip()));
                if (!sane.test(value)) {
                    throw new IllegalArgumentException("outside " + FIRST_YEAR + ".." + LAST_YEAR + ": " + text);
                }
                setValue(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date: " + text, e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            return getValue() == null ? "" : format.format((T) getValue());
        }
    }
}
