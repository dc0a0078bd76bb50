package com.followup.web.followup;

import com.followup.domain.followup.DueFollowUps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one row of My follow-ups reads, and nothing else: the row as read, whether its group is the overdue
 * one, and what the moment of the page makes of it (days late, past its deadline). The row's template reads no
 * "now" of its own, so that the same value always draws the same HTML ({@link DrawnRows}).
 */
record MyFollowUpRow(DueFollowUps.DueRow row, boolean late, long daysLate, boolean pastDeadline) {

    static MyFollowUpRow of(DueFollowUps.DueRow row, boolean late, Instant now) {
        return new MyFollowUpRow(row, late, late ? Duration.between(row.dueAt(), now).toDays() : 0,
                row.isPastDeadline(now));
    }

    /**
     * A group's rows as the list writes them: runs of rows from {@link DrawnRows} joined into one string each (every
     * row after a line break, as the page wrote them one by one), and a row whose form failed left to the page
     * ({@code html} null, its {@code view} drawn by the fragment). Mostly one piece a group, so that the template does
     * no work per row (docs/benchmarks.md).
     */
    record Group(List<Piece> pieces, int size) {

        public boolean isEmpty() {
            return size == 0;
        }

        boolean drawnByThePage() {
            return pieces.stream().anyMatch(piece -> piece.html() == null);
        }
    }

    record Piece(String html, MyFollowUpRow view) {
    }

    /** Puts a group's rows together in their order. */
    static final class Grouping {
        private final List<Piece> pieces = new ArrayList<>(1);
        private final StringBuilder run = new StringBuilder();
        private int size;

        void kept(String html) {
            run.append('\n').append(html);
            size++;
        }

        void drawnHere(MyFollowUpRow view) {
            endRun();
            pieces.add(new Piece(null, view));
            size++;
        }

        Group group() {
            endRun();
            return new Group(List.copyOf(pieces), size);
        }

        private void endRun() {
            if (!run.isEmpty()) {
                pieces.add(new Piece(run.toString(), null));
                run.setLength(0);
            }
        }
    }
}
