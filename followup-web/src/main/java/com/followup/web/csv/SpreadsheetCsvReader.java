package com.followup.web.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * The app's one way to read CSV, as spreadsheets save it: UTF-8 with or without a byte order mark, cells separated
 * by commas or semicolons (whichever the header row uses), the first row the header. Rows are read one at a time;
 * each is numbered as the spreadsheet numbers it (the header is row 1). Anything that is not such a file (binary,
 * another encoding, a quote never closed) is an {@link Unreadable} naming the row where reading stopped.
 */
public final class SpreadsheetCsvReader {

    private SpreadsheetCsvReader() {
    }

    /** One row: its number in the spreadsheet and its cells, as many as the header has (missing ones empty). */
    public record Line(int number, List<String> cells) {
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Why a file cannot be read: a message key, with the row where it stopped when that helps. */
    public static final class Unreadable extends Exception {
        private final String messageKey;
        private final int row;

        Unreadable(String messageKey, int row) {
            super(messageKey + " at row " + row, null, false, false);
            this.messageKey = messageKey;
            this.row = row;
        }

        public String messageKey() { return messageKey; }
        public int row() { return row; }
    }

    /** Reads the header, hands it to {@code header}, then each row that is not blank to {@code rows}. */
    public static void read(byte[] content, Consumer<List<String>> header, Consumer<Line> rows) throws Unreadable {
        int start = hasByteOrderMark(content) ? 3 : 0;
        if (content.length - start == 0 || new String(content, start, Math.min(content.length - start, 4096),
                StandardCharsets.UTF_8).isBlank()) {
            throw new Unreadable("import.file.empty", 0);
        }
        int notUtf8 = firstMalformedLine(content, start);
        if (notUtf8 > 0) {
            throw new Unreadable("import.file.notUtf8", notUtf8);
        }
        char separator = separator(content, start);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).get();
        InputStream in = new ByteArrayInputStream(content, start, content.length - start);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        int row = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = cells(next(records, row), -1, row);
            header.accept(names);
            while (hasNext(records, row)) {
                CSVRecord record = next(records, row + 1);
                row = (int) record.getRecordNumber();
                Line line = new Line(row, cells(record, names.size(), row));
                if (!line.isBlank()) {
                    rows.accept(line);
                }
            }
        } catch (IOException e) {
            throw new Unreadable("import.file.broken", row);
        }
    }

    /** The header row alone, as written. */
    public static List<String> header(byte[] content) throws Unreadable {
        List<List<String>> found = new java.util.ArrayList<>();
        try {
            read(content, found::add, line -> {
                throw new HeaderRead();
            });
        } catch (HeaderRead e) {
            // the rest of the file is not needed
        }
        return found.isEmpty() ? List.of() : found.get(0);
    }

    private static boolean hasNext(Iterator<CSVRecord> records, int row) throws Unreadable {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e, row + 1);
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records, int row) throws Unreadable {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
            throw unreadable(e, row);
        }
    }

    private static Unreadable unreadable(RuntimeException e, int row) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return new Unreadable(cause instanceof CharacterCodingException ? "import.file.notUtf8" : "import.file.broken", row);
    }

    private static List<String> cells(CSVRecord record, int width, int row) throws Unreadable {
        List<String> cells = record.toList();
        for (String cell : cells) {
            if (cell.indexOf('\0') >= 0) { // no spreadsheet writes a NUL into a cell; binary files are full of them
                throw new Unreadable("import.file.binary", row);
            }
        }
        if (width < 0 || cells.size() == width) {
            return cells;
        }
        String[] sized = new String[width];
        for (int i = 0; i < width; i++) {
            sized[i] = i < cells.size() ? cells.get(i) : "";
        }
        return List.of(sized);
    }

    /** The line of the first byte that is not UTF-8, or 0 when every byte is. */
    private static int firstMalformedLine(byte[] content, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int line = 1;
                for (int i = start; i < in.position(); i++) {
                    line += content[i] == '\n' ? 1 : 0;
                }
                return line;
            }
            if (result.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
    }

    /** The header row's separator: semicolons when it has more of them than commas (outside quotes). */
    private static char separator(byte[] content, int start) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = start; i < content.length && (quoted || content[i] != '\n'); i++) {
            switch (content[i]) {
                case '"' -> quoted = !quoted;
                case ',' -> commas += quoted ? 0 : 1;
                case ';' -> semicolons += quoted ? 0 : 1;
                default -> { }
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean hasByteOrderMark(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }

    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
