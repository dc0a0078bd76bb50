package com.followup.web.importing;

import java.util.List;

/**
 * A file refused whole, before anything is kept: empty, too large, not a CSV spreadsheet file, or without the columns
 * the kind needs ({@code missingColumns}, as column keys). {@code row} says where reading stopped, when it matters.
 */
class ImportRefused extends Exception {

    private final String messageKey;
    private final int row;
    private final List<String> missingColumns;

    ImportRefused(String messageKey, int row, List<String> missingColumns) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.row = row;
        this.missingColumns = List.copyOf(missingColumns);
    }

    ImportRefused(String messageKey) {
        this(messageKey, 0, List.of());
    }

    String messageKey() { return messageKey; }
    int row() { return row; }
    List<String> missingColumns() { return missingColumns; }
}
