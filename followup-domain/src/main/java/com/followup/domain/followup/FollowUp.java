package com.followup.domain.followup;

import com.followup.domain.Text;
import com.followup.domain.Violation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One follow-up done on an item. {@code revision} starts at 1 and grows with each correction;
 * when it was due, when it was done and whether that was on time never change.
 */
public record FollowUp(Long itemId, UUID requestId, Instant dueAt, Instant doneAt, long doneBy, Channel channel,
                       Integer durationMinutes, String note, String result, ContactKind kind, boolean onTime,
                       int revision) {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_RESULT = 500;
    /** A call or meeting longer than a working day is a typing mistake. */
    public static final int LONGEST_MINUTES = 600;

    /** The note and result as typed: within their lengths and free of control characters. */
    public static void checkTexts(String note, String result, List<Violation> violations) {
        Text.lines(note, "note", MAX_NOTE, false, violations);
        Text.optional(result, "result", MAX_RESULT, violations);
    }

    public FollowUp {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        if (result == null || result.isBlank()) {
            throw new IllegalArgumentException("result is required");
        }
    }

    public Correction correct(String newNote, String newResult, long editedBy, Instant editedAt) {
        List<Violation> violations = new ArrayList<>();
        if (newResult == null || newResult.isBlank()) {
            violations.add(new Violation("result", "item.checkOff.resultRequired"));
        }
        checkTexts(newNote, newResult, violations);
        if (!violations.isEmpty()) {
            throw new InvalidCheckOffException(violations);
        }
        String tidyNote = newNote == null || newNote.isBlank() ? null : newNote.strip();
        FollowUp corrected = new FollowUp(itemId, requestId, dueAt, doneAt, doneBy, channel, durationMinutes,
                tidyNote, newResult.strip(), kind, onTime, revision + 1);
        FollowUpEdit edit = new FollowUpEdit(requestId, revision + 1, note, result, editedBy,
                Objects.requireNonNull(editedAt, "editedAt"));
        return new Correction(corrected, edit);
    }

    /** The corrected follow-up and the record of what it said before. */
    public record Correction(FollowUp followUp, FollowUpEdit edit) {
    }

    /** What a follow-up said before an edit produced {@code revision}. */
    public record FollowUpEdit(UUID requestId, int revision, String previousNote, String previousResult,
                               long editedBy, Instant editedAt) {
    }
}
