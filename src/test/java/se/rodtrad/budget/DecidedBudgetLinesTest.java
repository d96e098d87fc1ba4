package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a printed line of an operating budget finds the area it names: by the area's name, the printing's dress removed. */
class DecidedBudgetLinesTest {

    @Test
    void a_printed_line_names_its_area_without_omrade_dash_parenthesis_or_varav() {
        // seed 000, 4.5 Driftbudget regional tillväxt
        assertThat(DecidedBudgets.key("Område utbildning och arbetsmarknad (exkl folkhögskolor)")).isEqualTo("utbildning och arbetsmarknad");
        assertThat(DecidedBudgets.key("- Fellingsbro Folkhögskola")).isEqualTo("fellingsbro folkhögskola");
        assertThat(DecidedBudgets.key("Område näringslivsutveckling")).isEqualTo("näringslivsutveckling");
        assertThat(DecidedBudgets.key("Förvaltningsgemensamt")).isEqualTo("förvaltningsgemensamt");
        // seed 002, 4.3 Driftbudget regionstyrelsen
        assertThat(DecidedBudgets.key("Regionstyrelsen och regionkansliet, varav")).isEqualTo("regionstyrelsen och regionkansliet");
        assertThat(DecidedBudgets.key("- Enheten för samhällsplanering och infrastruktur")).isEqualTo("enheten för samhällsplanering och infrastruktur");
        assertThat(DecidedBudgets.key("Summa:")).isEqualTo("summa");
    }
}
