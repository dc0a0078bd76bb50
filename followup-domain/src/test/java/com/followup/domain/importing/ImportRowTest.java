package com.followup.domain.importing;

import com.followup.domain.Violation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowTest {

    @Test
    void dates_are_read_as_iso_or_day_month_year_and_anything_else_is_a_violation_of_the_column() {
        List<Violation> violations = new ArrayList<>();
        ImportRow row = new ImportRow(7, Map.of("iso", "2026-12-31", "dmy", " 5/1/2027 ", "us", "12/31/2026",
                "far", "01/01/2200", "blank", " "));

        assertThat(row.date("iso", violations)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(row.date("dmy", violations)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(row.date("blank", violations)).isNull();
        assertThat(row.date("missing", violations)).isNull();
        assertThat(violations).isEmpty();
        assertThat(row.date("us", violations)).isNull();
        assertThat(row.date("far", violations)).isNull();
        assertThat(violations).extracting(Violation::field).containsExactly("us", "far");
        assertThat(violations).extracting(Violation::messageKey).containsOnly("import.cell.date");
    }

    @Test
    void whole_numbers_must_be_within_their_range() {
        List<Violation> violations = new ArrayList<>();
        ImportRow row = new ImportRow(2, Map.of("days", "30", "big", "99999999999", "word", "thirty", "negative", "-1"));

        assertThat(row.whole("days", 0, 3650, violations)).isEqualTo(30);
        assertThat(row.whole("big", 0, 3650, violations)).isNull();
        assertThat(row.whole("word", 0, 3650, violations)).isNull();
        assertThat(row.whole("negative", 0, 3650, violations)).isNull();
        assertThat(violations).extracting(Violation::field).containsExactly("big", "word", "negative");
        assertThat(violations.get(0).args()).containsExactly(0, 3650);
    }

    @Test
    void a_row_is_the_same_row_whatever_its_case_spaces_or_position_in_the_file() {
        ImportRow first = new ImportRow(2, Map.of("title", "Invoice 1", "counterpart", "ACME"));
        ImportRow again = new ImportRow(90, Map.of("counterpart", " acme ", "title", "INVOICE 1"));
        ImportRow other = new ImportRow(2, Map.of("title", "Invoice 2", "counterpart", "ACME"));
        ImportRow shifted = new ImportRow(2, Map.of("title", "Invoice 1ACME", "counterpart", ""));

        assertThat(first.key()).isEqualTo(again.key());
        assertThat(first.key()).isNotEqualTo(other.key()).isNotEqualTo(shifted.key());
    }

    @Test
    void headers_match_without_case_accents_spaces_or_underscores() {
        ImportColumn due = ImportColumn.optional("dueDate", "due date", "fecha de vencimiento");

        assertThat(due.matches("Due_Date")).isTrue();
        assertThat(due.matches("  FECHA DE VENCIMIENTO ")).isTrue();
        assertThat(due.matches("Fecha  de  vencimiénto")).isTrue();
        assertThat(due.matches("due")).isFalse();
        assertThat(due.matches(null)).isFalse();
    }
}
