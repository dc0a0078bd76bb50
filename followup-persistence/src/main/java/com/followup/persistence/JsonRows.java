package com.followup.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Many rows as one JSON parameter, for {@code insert ... select ... from json_populate_recordset(null::table, ?::json)}:
 * one statement stores a thousand rows, where a JDBC batch sends a thousand. Keys are column names; timestamps are
 * written as instants, arrays as PostgreSQL array literals (which the column's type reads), everything else as JSON.
 */
public final class JsonRows {

    private JsonRows() {
    }

    public static String of(Collection<? extends Map<String, ?>> rows) {
        StringBuilder json = new StringBuilder(rows.size() * 512).append('[');
        boolean firstRow = true;
        for (Map<String, ?> row : rows) {
            json.append(firstRow ? "{" : ",{");
            firstRow = false;
            boolean firstColumn = true;
            for (Map.Entry<String, ?> column : row.entrySet()) {
                if (!firstColumn) {
                    json.append(',');
                }
                firstColumn = false;
                string(column.getKey(), json);
                json.append(':');
                value(column.getValue(), json);
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    private static void value(Object value, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        } else if (value instanceof Timestamp timestamp) {
            string(timestamp.toInstant().toString(), json);
        } else if (value instanceof String[] array) {
            string(arrayLiteral(List.of(array)), json);
        } else {
            string(value.toString(), json);
        }
    }

    /** {"a","b \"c\""}: every element quoted, so that commas, braces and NULL words stay text. */
    private static String arrayLiteral(List<String> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (int i = 0; i < elements.size(); i++) {
            literal.append(i == 0 ? "\"" : ",\"")
                    .append(elements.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        if (plain(text)) { // most text needs no escape: appended whole (an import writes millions of these)
            json.append(text).append('"');
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
