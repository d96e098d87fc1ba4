package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hostile input in exports: text that a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return
 * that some programs strip before one) is written quote-prefixed by the XLSX export — every one of the leading
 * characters, not only the "-" the demo budget happens to contain (BudgetWorkbookTest checks the written cells).
 */
class FormulaNeutralisationTest {

    @Test
    void text_starting_with_any_formula_character_is_neutralised() {
        for (String hostile : new String[] {"=HYPERLINK(\"http://x\",\"klicka\")", "+46 19 60 20 00", "-2+3", "@SUM(A1:A9)", "\t=1+1",
            "\r=1+1"}) {
            assertThat(BudgetWorkbooks.isFormulaLike(hostile)).as(hostile).isTrue();
        }
    }

    @Test
    void ordinary_text_and_numbers_are_left_as_they_are() {
        for (String plain : new String[] {"Summa", "Regional tillväxtnämnd", "157,1", "5 %", " =inte först", ""}) {
            assertThat(BudgetWorkbooks.isFormulaLike(plain)).as(plain).isFalse();
        }
        assertThat(BudgetWorkbooks.isFormulaLike(null)).isFalse();
    }
}
