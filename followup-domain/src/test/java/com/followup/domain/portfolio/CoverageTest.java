package com.followup.domain.portfolio;

import com.followup.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void a_contact_counts_from_as_many_days_back_as_the_segments_rhythm() {
        ServiceMatrix matrix = ServiceMatrix.from(Map.of(Segment.A, new ServiceMatrix.Draft("visit", "14"),
                Segment.B, new ServiceMatrix.Draft("CALL", "30"), Segment.C, new ServiceMatrix.Draft("self-service", "90")), 3);

        assertThat(matrix.coveredSince(Segment.A, TODAY)).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(matrix.coveredSince(Segment.C, TODAY)).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(matrix.level(Segment.C).channel()).isEqualTo(ServiceChannel.SELF_SERVICE);
        assertThat(matrix.version()).isEqualTo(3);
    }

    @Test
    void every_segment_needs_a_known_channel_and_a_rhythm_of_at_most_90_days() {
        assertThat(ServiceMatrix.validate(Map.of(Segment.A, new ServiceMatrix.Draft("fax", "91"),
                Segment.B, new ServiceMatrix.Draft("CALL", "0"), Segment.C, new ServiceMatrix.Draft("EMAIL", "90"))))
                .extracting(Violation::field).containsExactly("aChannel", "aEvery", "bEvery");
        assertThat(ServiceMatrix.validate(Map.of(Segment.A, new ServiceMatrix.Draft("VISIT", " 1 ")))).extracting(Violation::field)
                .containsExactly("bChannel", "bEvery", "cChannel", "cEvery");
    }

    @Test
    void coverage_is_the_share_contacted_rounded_and_nothing_for_an_empty_segment() {
        assertThat(new Coverage(Segment.A, 14, 3, 2).percent()).isEqualTo(67);
        assertThat(new Coverage(Segment.A, 14, 3, 2).uncovered()).isEqualTo(1);
        assertThat(new Coverage(Segment.B, 30, 0, 0).percent()).isNull();
    }
}
