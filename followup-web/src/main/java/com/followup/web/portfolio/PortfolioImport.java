package com.followup.web.portfolio;

import com.followup.domain.importing.ImportColumn;
import com.followup.web.account.SignedInUser;
import com.followup.web.importing.ImportKind;

import java.util.List;
import java.util.Locale;

/**
 * What the portfolio's imports (customers, sale lines) share: the people who see the whole portfolio import them,
 * the result is read on the portfolio list, and names in a file are matched without regard to case or spaces.
 */
abstract class PortfolioImport<D> implements ImportKind<D> {

    private final String name;
    private final List<ImportColumn> columns;

    PortfolioImport(String name, List<ImportColumn> columns) {
        this.name = name;
        this.columns = columns;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<ImportColumn> columns() {
        return columns;
    }

    @Override
    public final boolean mayImport(SignedInUser me) {
        return PortfolioController.seesAll(me);
    }

    @Override
    public final String listPath(SignedInUser me) {
        return "/portfolio";
    }

    /** A name as a file and the portfolio are compared: trimmed, in lower case. */
    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
