package com.followup.web.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpreadsheetCsvReaderTest {

    @Test
    void rows_are_numbered_as_the_spreadsheet_numbers_them_even_with_a_cell_of_two_lines_and_blank_rows() throws Exception {
        List<SpreadsheetCsvReader.Line> lines = read("a,b\n1,\"two\nlines\"\n\n3,4,extra\n5\n");

        assertThat(lines).extracting(SpreadsheetCsvReader.Line::number).containsExactly(2, 4, 5);
        assertThat(lines.get(0).cells()).containsExactly("1", "two\nlines");
        assertThat(lines.get(1).cells()).containsExactly("3", "4");
        assertThat(lines.get(2).cells()).containsExactly("5", "");
    }

    @Test
    void semicolons_and_a_byte_order_mark_are_what_spreadsheets_save_in_spanish() throws Exception {
        List<String> header = new ArrayList<>();
        List<SpreadsheetCsvReader.Line> lines = new ArrayList<>();
        SpreadsheetCsvReader.read(("\uFEFFTítulo;Importe\n\"Pedido, urgente\";1.234,50\n").getBytes(StandardCharsets.UTF_8),
                header::addAll, lines::add);

        assertThat(header).containsExactly("Título", "Importe");
        assertThat(lines.get(0).cells()).containsExactly("Pedido, urgente", "1.234,50");
    }

    @Test
    void what_is_not_a_csv_file_says_why_and_where() {
        assertThatThrownBy(() -> read("")).extracting("messageKey").isEqualTo("import.file.empty");
        assertThatThrownBy(() -> read("a,b\n1,\"open\n")).extracting("messageKey").isEqualTo("import.file.broken");
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\u0000\n")).extracting("messageKey", "row")
                .containsExactly("import.file.binary", 3);
        byte[] latin1 = "a,b\n1,2\nNiño,3\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> SpreadsheetCsvReader.read(latin1, header -> { }, line -> { }))
                .extracting("messageKey", "row").containsExactly("import.file.notUtf8", 3);
    }

    private static List<SpreadsheetCsvReader.Line> read(String csv) throws SpreadsheetCsvReader.Unreadable {
        List<SpreadsheetCsvReader.Line> lines = new ArrayList<>();
        SpreadsheetCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), header -> { }, lines::add);
        return lines;
    }
}
