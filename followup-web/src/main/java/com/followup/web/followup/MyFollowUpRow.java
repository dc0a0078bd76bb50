package com.followup.web.followup;

import com.followup.domain.followup.DueFollowUps;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
     * A group's rows as the list writes them: runs of rows kept by {@link DrawnRows}, written joined ({@link
     * Piece#html}: every row after a line break, as the page wrote them one by one), and a row whose form failed left
     * to the page ({@code html} null, its {@code view} drawn by the fragment). Mostly one piece a group, so that the
     * template does no work per row (docs/benchmarks.md).
     */
    record Group(List<Piece> pieces, int size) {

        public boolean isEmpty() {
            return size == 0;
        }

        boolean drawnByThePage() {
            return pieces.stream().anyMatch(piece -> piece.kept() == null);
        }
    }

    /**
     * A run of kept rows ({@code kept}, each the very string {@link DrawnRows} keeps), or one row the page draws
     * ({@code view}). Two runs are equal when they hold the same kept strings, compared by identity: a kept row is
     * never changed, so the same string is the same HTML, and a run is compared without reading its characters
     * (the groups' key, {@link DrawnRows#groups}, on every look at the page).
     */
    record Piece(List<String> kept, MyFollowUpRow view) {

        /** The run as the list writes it, or null for a row the page draws. */
        public String html() {
            if (kept == null) {
                return null;
            }
            StringBuilder html = new StringBuilder();
            kept.forEach(row -> html.append('\n').append(row));
            return html.toString();
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Piece piece) || !Objects.equals(view, piece.view)) {
                return false;
            }
            if (kept == null || piece.kept == null) {
                return kept == piece.kept;
            }
            if (kept.size() != piece.kept.size()) {
                return false;
            }
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i) != piece.kept.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(view);
            if (kept != null) {
                for (String row : kept) {
                    hash = 31 * hash + System.identityHashCode(row);
                }
            }
            return hash;
        }
    }

    /** Puts a group's rows together in their order. */
    static final class Grouping {
        private final List<Piece> pieces = new ArrayList<>(1);
        private final List<String> run = new ArrayList<>();
        private int size;

        void kept(String html) {
            run.add(html);
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
                pieces.add(new Piece(List.copyOf(run), null));
                run.clear();
            }
        }
    }
}
