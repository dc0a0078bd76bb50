package com.followup.web.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1"})
    void text_a_spreadsheet_would_run_starts_with_an_apostrophe(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo("'" + text);
    }

    @Test
    void numbers_stay_numbers_and_plain_text_stays_as_typed() {
        String csv = new SpreadsheetCsv().row("Ana", -5, new BigDecimal("-12.50"), "-5", "3.1", null, "a=b").toString();

        assertThat(csv).isEqualTo("\"Ana\",-5,-12.50,-5,3.1,,\"a=b\"\r\n");
    }

    @Test
    void a_formula_is_quoted_and_neutralised_in_the_file() {
        assertThat(new SpreadsheetCsv().row("=1+1", "say \"hi\"").toString()).isEqualTo("\"'=1+1\",\"say \"\"hi\"\"\"\r\n");
    }
}
