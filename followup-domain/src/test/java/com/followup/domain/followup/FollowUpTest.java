package com.followup.domain.followup;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpTest {

    @Test
    void a_correction_changes_note_and_result_but_keeps_when_it_was_due_done_and_whether_on_time() {
        Instant due = Instant.parse("2026-03-02T09:00:00Z");
        Instant done = Instant.parse("2026-03-03T09:00:00Z");
        FollowUp original = new FollowUp(5L, UUID.randomUUID(), due, done, 7L, Channel.CALL, 10, "old note",
                "Interested", ContactKind.FOLLOW_UP, false, 1);
        Instant editedAt = Instant.parse("2026-03-03T10:00:00Z");

        FollowUp.Correction correction = original.correct("new note", "Asked for a proposal", 3L, editedAt);

        FollowUp corrected = correction.followUp();
        assertThat(corrected.note()).isEqualTo("new note");
        assertThat(corrected.result()).isEqualTo("Asked for a proposal");
        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected).usingRecursiveComparison().ignoringFields("note", "result", "revision").isEqualTo(original);
        assertThat(correction.edit()).isEqualTo(new FollowUp.FollowUpEdit(original.requestId(), 2, "old note",
                "Interested", 3L, editedAt));
    }
}
