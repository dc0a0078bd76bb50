package com.followup.domain.importing;

import com.followup.domain.Violation;

import java.util.List;

/** A row that cannot be imported: its number, its cells as read (in the file's order) and what is wrong. */
public record RowProblem(int rowNumber, List<String> cells, List<Violation> violations) {

    public RowProblem {
        cells = List.copyOf(cells);
        violations = List.copyOf(violations);
    }
}
