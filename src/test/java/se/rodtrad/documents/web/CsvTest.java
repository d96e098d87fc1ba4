package se.rodtrad.documents.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+46 19 602 10 00")).isEqualTo("'+46 19 602 10 00");
        assertThat(Csv.cell("-157,1")).isEqualTo("\"'-157,1\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-157)).isEqualTo("-157");
        assertThat(Csv.cell("Länets invånare")).isEqualTo("Länets invånare");
        assertThat(Csv.row("a", null, "b\"c")).isEqualTo("a,,\"b\"\"c\"\r\n");
    }
}
