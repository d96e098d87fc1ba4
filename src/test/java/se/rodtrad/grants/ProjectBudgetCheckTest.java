package se.rodtrad.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rodtrad.grants.Acting.as;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.rodtrad.RodtradTest;

/**
 * The three projects of seed 001 with their budgets as printed (moved from the budget tables): PAN's financing does not
 * match its costs year by year and prints "75 00"; Kottaberget's 684 120 explains both a row and a column; the region's
 * parts against the decided share within the cap; MIND is clean and its split decision adds up to 432 000 kr.
 */
@RodtradTest
class ProjectBudgetCheckTest {

    @Autowired
    GrantProjects projects;

    @org.junit.jupiter.api.BeforeEach
    void swedish() {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv-SE"));
    }

    @org.junit.jupiter.api.AfterEach
    void reset() {
        org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }

    GrantProject project(String reference) {
        return as("lasare", () -> projects.all()).stream().filter(p -> p.reference().equals(reference)).findFirst().orElseThrow();
    }

    @Test
    void pans_financing_differs_from_its_costs_each_year_and_prints_75_00() {
        GrantProject pan = project("19RS10041");
        assertThat(pan.findings()).extracting(GrantProject.Finding::severity, GrantProject.Finding::budget, GrantProject.Finding::row,
                GrantProject.Finding::column).containsExactlyInAnyOrder(
                Tuple.tuple("ERROR", "Finansiering", "Örebro universitet (arbetad tid)", "Totalt"),
                Tuple.tuple("ERROR", "Finansiering", "Summa finansiering", "Totalt"),
                Tuple.tuple("ERROR", "Finansiering", "Summa finansiering", "2020"),
                Tuple.tuple("ERROR", "Finansiering", "Summa finansiering", "2021"));
        assertThat(pan.findings()).extracting(GrantProject.Finding::message).map(s -> s.replace('\u00a0', ' ').replace('\u2212', '-')).contains(
                "Kolumnerna 2020 + 2021 ger 75 000 kr, men Totalt anger 7 500 kr (skillnad 67 500 kr). Beloppet är tryckt ”75 00”, med oregelbunden "
                        + "siffergruppering – troligen en felskrivning.",
                "Finansieringen 2020 är 2 209 382 kr, men de bokförda kostnaderna samma år är 2 408 765 kr enligt Bokförda kostnader (skillnad 199 383 kr). "
                        + "Finansieringen ska täcka kostnaderna.",
                "Finansieringen 2021 är 1 141 629 kr, men de bokförda kostnaderna samma år är 942 246 kr enligt Bokförda kostnader (skillnad 199 383 kr). "
                        + "Finansieringen ska täcka kostnaderna.");
        // 50 % of 3 351 011 kr = 1 675 505,50 kr, at most 1 675 505 kr: the region's 1:1 part equals it
        assertThat(pan.passed()).anyMatch(s -> s.startsWith("Regionens delar 1 675 505 kr mot beslutad andel 50 % av bokförda kostnader 3 351 011 kr"));
        assertThat(pan.status()).isIn("AWAITING_COMMITTEE", "DECIDED");
    }

    @Test
    void kottabergets_684_120_explains_both_the_row_and_the_column_and_its_share_is_rounded_up_half_a_krona() {
        GrantProject kotta = project("19RS9565");
        assertThat(kotta.findings()).extracting(GrantProject.Finding::severity, GrantProject.Finding::row, GrantProject.Finding::column)
                .containsExactlyInAnyOrder(Tuple.tuple("ERROR", "Tillväxtverket", "Totalt"), Tuple.tuple("ERROR", "Summa finansiering", "2020"),
                        Tuple.tuple("INFO", "Region Örebro län 1:1-medel", "Totalt"));
        assertThat(kotta.findings()).extracting(GrantProject.Finding::message).map(s -> s.replace('\u00a0', ' ')).anyMatch(s -> s.contains(
                "Cellen Tillväxtverket / 2020 (684 120 kr) förklarar både raden och kolumnen: med 648 120 kr där stämmer båda."));
        // 15 % of 918 163 kr = 137 724,45 kr; the region's part 137 725 kr is 0,55 kr more: rounding
        assertThat(kotta.findings()).filteredOn(f -> f.severity().equals("INFO")).singleElement().extracting(GrantProject.Finding::message)
                .asString().contains("= 137 724,45 kr, högst 137 725 kr: skillnad 0,55 kr, avrundning till hela kronor");
    }

    @Test
    void mind_is_clean_and_its_split_decision_adds_up() {
        GrantProject mind = project("19RS9282");
        assertThat(mind.findings()).isEmpty();
        assertThat(mind.passed()).contains("Budgetarnas summor stämmer rad för rad och kolumn för kolumn.",
                "Finansieringen är lika med de bokförda kostnaderna varje år och totalt.",
                "Det delade beslutet går ihop: 232 000 kr + 200 000 kr = 432 000 kr.");
        assertThat(mind.inKind()).extracting(GrantProject.BudgetLine::label, GrantProject.BudgetLine::printed)
                .containsExactly(Tuple.tuple("Möckelnföretagen", List.of("20 000", "40 000", "60 000")));
    }
}
