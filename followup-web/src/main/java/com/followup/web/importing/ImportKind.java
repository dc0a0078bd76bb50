package com.followup.web.importing;

import com.followup.domain.importing.ImportColumn;
import com.followup.domain.importing.ImportRow;
import com.followup.domain.importing.RowReading;
import com.followup.web.account.SignedInUser;

import java.util.List;

/**
 * One kind of thing a CSV file can bring in (items; later people, leads, customers ...). The import does the rest:
 * reading the file, the preview, row numbers and messages, importing each row once, the failed rows' download.
 * A kind is a Spring bean; its {@link #name()} is its address ({@code /imports/items}) and the start of its message
 * keys ({@code import.items.*}, {@code import.items.column.<key>}).
 */
public interface ImportKind<D> {

    String name();

    /** The columns, in the order the upload page lists them. */
    List<ImportColumn> columns();

    /** Who may import this kind at all; each row can still be refused for a person (a rule outside their areas). */
    boolean mayImport(SignedInUser me);

    /** Reads the rows of one file for one person: lookups (rules, people) are made once here, not per row. */
    Rows<D> rows(SignedInUser me, String fileName);

    /** Stores drafts of rows never imported before, in the import's transaction: a chunk at a time, in batches. */
    void store(List<D> drafts);

    /** Where the imported things are listed for {@code me}. */
    String listPath(SignedInUser me);

    @FunctionalInterface
    interface Rows<D> {
        /** A draft, or the violations; a violation's field is a column key. */
        RowReading<D> read(ImportRow row);
    }
}
