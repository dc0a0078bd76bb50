package com.followup.domain.importing;

import com.followup.domain.Violation;

import java.util.List;

/** What a kind of import made of one row: a draft ready to store, or every violation, each naming its column. */
public sealed interface RowReading<D> {

    record Valid<D>(D draft) implements RowReading<D> {
    }

    record Invalid<D>(List<Violation> violations) implements RowReading<D> {
        public Invalid {
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid row says what is wrong");
            }
            violations = List.copyOf(violations);
        }
    }
}
