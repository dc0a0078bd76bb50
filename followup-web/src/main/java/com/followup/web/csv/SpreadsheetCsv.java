package com.followup.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The app's one way to write CSV. Text a spreadsheet would run as a formula (a leading =, +, -, @, tab or carriage
 * return) gets a leading apostrophe and every text is quoted, as OWASP's CSV injection page recommends; numbers,
 * negative ones included, stay numbers.
 */
public final class SpreadsheetCsv {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public SpreadsheetCsv() {
        try {
            printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a row; {@code null} is an empty cell. */
    public SpreadsheetCsv row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static Object cell(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        String text = value.toString();
        if (NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
